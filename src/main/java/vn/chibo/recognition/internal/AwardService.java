package vn.chibo.recognition.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.DuplicateRecordException;
import vn.chibo.shared.web.Problem;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The award register (sổ khen thưởng): one award to one recipient, or one decision listing many
 * recipients entered at once, all or nothing, with a report line by line. Officers of the
 * political agency record; everyone in scope reads, and a member reads his own.
 */
@Service
@Transactional(readOnly = true)
public class AwardService {

    /** Most lines one bulk entry takes (a large emulation decision). */
    public static final int MAX_LINES = 2000;
    /** Unique (decision number, recipient): uk_award_decision_person and uk_award_decision_org (V15). */
    private static final String ONE_AWARD_PER_DECISION = "uk_award_decision_";
    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

    private final AwardRepository records;
    private final Subjects subjects;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardService(AwardRepository records, Subjects subjects, OrganizationDirectory organizations, PersonDirectory people,
                 JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.subjects = subjects;
        this.organizations = organizations;
        this.people = people;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public AwardRecord get(long id) {
        ChiboUser user = CurrentUser.get();
        return records.findById(id).filter(r -> RecognitionAccess.mayRead(user, r.getOrgPath(), r.getPersonId()))
                .orElseThrow(() -> new NotFoundException("AwardRecord", id));
    }

    @Transactional
    public AwardRecord create(AwardInput input) {
        input.clean();
        Subject recipient = subjects.require(input.getPersonId(), input.getOrganizationId(),
                "recognition.error.exactlyOneRecipient");
        requireMayRecord();
        check(input);
        if (alreadyAwarded(input.getDecisionNumber(), recipient)) {
            throw new DuplicateRecordException("decisionNumber", "recognition.error.alreadyInDecision");
        }
        return DuplicateRecordException.guard(ONE_AWARD_PER_DECISION, () -> save(recipient, input, null),
                () -> new DuplicateRecordException("decisionNumber", "recognition.error.alreadyInDecision"));
    }

    /**
     * Bulk entry: every non-empty line of {@code recipients} names a party member or a party
     * organization under the chosen organization, optionally with its unit in brackets to tell
     * namesakes apart, and optionally a reason of its own after a semicolon. Saves all or nothing.
     */
    @Transactional
    public BulkReport bulk(AwardInput input) {
        BulkLines resolved = resolve(input);
        BulkReport report = resolved.report();
        if (report.errors() > 0) {
            throw BusinessRuleException.of("recipients", "recognition.bulk.rejected", report.lines().stream()
                    .filter(l -> !l.ok()).map(l -> Problem.of(l.errorKey(), l.number() + " (" + l.text() + ")").about(String.valueOf(l.number())))
                    .toList(),
                    report.errors());
        }
        for (int i = 0; i < resolved.subjects().size(); i++) {
            Subject recipient = resolved.subjects().get(i);
            String reason = resolved.reasons().get(i);
            DuplicateRecordException.guard(ONE_AWARD_PER_DECISION, () -> save(recipient, input, reason),
                    () -> new DuplicateRecordException("recipients", "recognition.bulk.alreadyInDecision"));
        }
        return new BulkReport(report.lines(), true);
    }

    /** What {@link #bulk} would make of the listed lines, line by line, saving nothing (the page shows it after a refusal). */
    @Transactional(readOnly = true)
    public BulkReport preview(AwardInput input) {
        return resolve(input).report();
    }

    private record BulkLines(BulkReport report, List<Subject> subjects, List<String> reasons) {
    }

    private BulkLines resolve(AwardInput input) {
        requireMayRecord();
        input.clean();
        if (input.getScopeOrganizationId() == null) {
            throw new BusinessRuleException("scopeOrganizationId", "validation.required");
        }
        OrganizationRef scope = subjects.organization(input.getScopeOrganizationId());
        check(input);
        List<String> texts = input.getRecipients() == null ? List.of() : input.getRecipients().lines().toList();
        if (texts.stream().allMatch(String::isBlank)) {
            throw new BusinessRuleException("recipients", "recognition.bulk.empty");
        }
        if (texts.size() > MAX_LINES) {
            throw new BusinessRuleException("recipients", "recognition.bulk.tooMany", MAX_LINES);
        }
        Directory directory = directory(scope);
        List<BulkReport.Line> lines = new ArrayList<>();
        List<Subject> resolved = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            String raw = VietnameseText.clean(texts.get(i));
            if (raw == null) {
                continue;
            }
            String[] parts = raw.split(";", 2);
            String name = VietnameseText.clean(parts[0]);
            String ownReason = parts.length > 1 ? VietnameseText.clean(parts[1]) : null;
            Resolution resolution = directory.resolve(name);
            String error = resolution.errorKey();
            Subject subject = resolution.subject();
            if (error == null && !seen.add(subject.type() + ":" + subject.subjectId())) {
                error = "recognition.bulk.line.duplicate";
            }
            if (error == null && alreadyAwarded(input.getDecisionNumber(), subject)) {
                error = "recognition.bulk.line.alreadyInDecision";
            }
            if (error == null && ownReason != null && ownReason.length() > 2000) {
                error = "recognition.bulk.line.reasonTooLong";
            }
            lines.add(new BulkReport.Line(i + 1, raw, subject == null ? null : subject.type(),
                    subject == null ? null : subject.name(), subject == null ? null : directory.orgName(subject.organizationId()),
                    error));
            resolved.add(subject);
            reasons.add(ownReason);
        }
        return new BulkLines(new BulkReport(lines, false), resolved, reasons);
    }

    private AwardRecord save(Subject recipient, AwardInput input, String ownReason) {
        AwardRecord record = new AwardRecord(recipient, CurrentUser.actorName(), clock.instant());
        record.apply(input, ownReason, clock.instant());
        records.saveAndFlush(record);
        events.publishEvent(AuditRecord.of("CREATE", "AwardRecord", record.getId(), record.getOrgPath(),
                record.getRecipientName() + ": " + record.getDecisionNumber(), Changes.created(record.snapshot())));
        return record;
    }

    private boolean alreadyAwarded(String decisionNumber, Subject subject) {
        String column = subject.type() == SubjectType.PERSON ? "person_id" : "recipient_org_id";
        return jdbc.sql("select count(*) from award_record where decision_number = :n and " + column + " = :id")
                .param("n", decisionNumber).param("id", subject.subjectId()).query(Long.class).single() > 0;
    }

    private void requireMayRecord() {
        if (!RecognitionAccess.mayRecordAwards(CurrentUser.get())) {
            throw new ForbiddenException("record awards");
        }
    }

    void check(AwardInput input) {
        if (input.getType() == null) {
            throw new BusinessRuleException("type", "validation.required");
        }
        if (input.getLevel() == null) {
            throw new BusinessRuleException("level", "validation.required");
        }
        if (input.getDecisionNumber() == null) {
            throw new BusinessRuleException("decisionNumber", "validation.required");
        }
        if (input.getDecisionDate() == null) {
            throw new BusinessRuleException("decisionDate", "validation.required");
        }
        if (input.getDecisionDate().isAfter(java.time.LocalDate.now(clock))) {
            throw new BusinessRuleException("decisionDate", "validation.date.notFuture");
        }
        if (input.getReason() == null) {
            throw new BusinessRuleException("reason", "validation.required");
        }
    }

    private Directory directory(OrganizationRef scope) {
        List<OrganizationRef> orgs = organizations.activeInSubtree(scope.path(), EnumSet.allOf(OrganizationType.class));
        Map<String, List<Subject>> byName = new LinkedHashMap<>();
        Map<Long, String> orgNames = new LinkedHashMap<>();
        for (OrganizationRef o : orgs) {
            orgNames.put(o.id(), o.name());
            byName.computeIfAbsent(VietnameseText.searchKey(o.name()), k -> new ArrayList<>())
                    .add(new Subject(SubjectType.ORGANIZATION, null, o.id(), o.id(), o.path(), o.name()));
        }
        for (PersonDirectory.PartyMemberLine m : people.partyMembersUnder(scope.path())) {
            byName.computeIfAbsent(VietnameseText.searchKey(m.fullName()), k -> new ArrayList<>())
                    .add(new Subject(SubjectType.PERSON, m.id(), null, m.organizationId(), m.orgPath(), m.fullName()));
        }
        return new Directory(byName, orgNames);
    }

    private record Resolution(Subject subject, String errorKey) {
    }

    /** Party members and organizations under the chosen organization, by accent-insensitive name. */
    private record Directory(Map<String, List<Subject>> byName, Map<Long, String> orgNames) {

        String orgName(long id) {
            return orgNames.getOrDefault(id, "");
        }

        Resolution resolve(String text) {
            String name = text;
            String unit = null;
            Matcher m = WITH_UNIT.matcher(text);
            if (m.matches()) {
                name = m.group(1);
                unit = VietnameseText.searchKey(m.group(2));
            }
            List<Subject> candidates = byName.getOrDefault(VietnameseText.searchKey(name), List.of());
            if (unit != null) {
                String wanted = unit;
                candidates = candidates.stream()
                        .filter(s -> VietnameseText.searchKey(orgName(s.organizationId())).contains(wanted)).toList();
            }
            if (candidates.isEmpty()) {
                return new Resolution(null, "recognition.bulk.line.notFound");
            }
            if (candidates.size() > 1) {
                return new Resolution(null, "recognition.bulk.line.ambiguous");
            }
            return new Resolution(candidates.get(0), null);
        }
    }
}
