package vn.chibo.classification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.classification.ClassificationHistory;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonDirectory;
import vn.chibo.people.PersonRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.NotFoundException;

/**
 * Past results as decided entries of a closed round of the deciding organization and year (one source per fact:
 * the figures, the subject's history and the once-a-year rule all read {@code classification_entry}, whether the
 * result was decided in ChiBo or brought in). The deciding organization is the one a round would give the entry
 * ({@link RoundSubjects}): an organization's direct superior, a member's grassroots committee.
 */
@Service
class PastClassifications implements ClassificationHistory {

    private final ClassificationRounds roundRules;
    private final ClassificationRoundRepository rounds;
    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PastClassifications(ClassificationRounds roundRules, ClassificationRoundRepository rounds,
                        OrganizationDirectory organizations, PersonDirectory people, JdbcClient jdbc,
                        ApplicationEventPublisher events, Clock clock) {
        this.roundRules = roundRules;
        this.rounds = rounds;
        this.organizations = organizations;
        this.people = people;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A result placed: the subject's facts and who decides for it. */
    private record Placed(String kind, long subjectId, String name, OrganizationRef own, OrganizationRef deciding,
                          LocalDate admittedOn) {
    }

    @Override
    public List<String> grades() {
        return Arrays.stream(ClassificationGrade.values()).map(Enum::name).toList();
    }

    @Override
    public Optional<Problem> check(PastResult result) {
        ChiboUser user = CurrentUser.get();
        if (!user.may(Permission.DECIDE_MODELS)) {
            return problem("subject", "import.error.notPermitted");
        }
        if (result.year() < 1930 || result.year() >= LocalDate.now(clock).getYear()) {
            return problem("year", "classification.import.pastYear", LocalDate.now(clock).getYear());
        }
        if (grade(result) == null) {
            return problem("grade", "classification.error.grade");
        }
        if (result.decisionDate() != null && result.decisionDate().getYear() < result.year()) {
            return problem("decisionDate", "classification.import.decisionBeforeYear", result.year());
        }
        Placed placed;
        try {
            placed = place(result);
        } catch (NotFoundException e) {
            return problem("subject", "import.error.subjectOutOfScope");
        }
        if (placed == null) {
            return problem("subject", "classification.import.notClassified");
        }
        if (placed.admittedOn() != null && placed.admittedOn().getYear() > result.year()) {
            return problem("subject", "classification.import.notYetMember", result.year());
        }
        if (!user.canSee(placed.deciding().path()) || Objects.equals(user.personId(), result.personId())) {
            return problem("subject", "classification.import.notDecider", placed.deciding().name());
        }
        if (roundRules.rulebooksFor(result.year()).isEmpty()) {
            return problem("year", "classification.import.noRulebook", result.year());
        }
        Optional<Map<String, Object>> held = held(result);
        if (held.isPresent() && existing(result).isEmpty()) {
            Object decided = held.get().get("decided_grade");
            return decided == null ? problem("subject", "classification.import.inRound", result.year())
                    : problem("grade", "classification.import.alreadyDecided", result.year(),
                    "classificationLevel." + decided);
        }
        if (held.isEmpty() && openRound(placed.deciding().id(), result.year()).isPresent()) {
            return problem("year", "classification.import.roundOpen", result.year(), placed.deciding().name());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Long> existing(PastResult result) {
        return held(result).filter(row -> Objects.equals(row.get("decided_grade"), result.grade()))
                .map(row -> ((Number) row.get("id")).longValue());
    }

    @Override
    @Transactional
    public long record(PastResult result) {
        Placed placed = place(result);
        ClassificationRound round = roundOf(placed.deciding(), result.year());
        OrganizationRef own = placed.own();
        boolean collective = "ORGANIZATION".equals(placed.kind());
        String name = placed.name();
        String by = CurrentUser.actorName();
        jdbc.sql("insert into classification_entry (round_id, round_year, subject_kind, subject_id, subject_name, search_key,"
                        + " sort_key, organization_id, org_path, org_type, deciding_org_id, deciding_org_path, quota_group,"
                        + " status, decided_grade, decision_number, decision_date, decided_by, updated_at, version)"
                        + " values (:round, :year, :kind, :subject, :name, :search, :sort, :org, :path, :type, :deciding,"
                        + " :decidingPath, :quota, 'DECIDED', :grade, :number, :date, :by, :now, 0)")
                .param("round", round.getId()).param("year", result.year()).param("kind", placed.kind())
                .param("subject", placed.subjectId()).param("name", name).param("search", VietnameseText.searchKey(name))
                .param("sort", collective ? VietnameseText.nameSortKey(name) : VietnameseText.personSortKey(name))
                .param("org", own.id()).param("path", own.path()).param("type", collective ? own.type().name() : null)
                .param("deciding", placed.deciding().id()).param("decidingPath", placed.deciding().path())
                .param("quota", placed.deciding().id() + "-" + (collective ? own.type().name() : "MEMBER"))
                .param("grade", result.grade()).param("number", VietnameseText.clean(result.decisionNumber()))
                .param("date", result.decisionDate()).param("by", by).param("now", Timestamp.from(clock.instant()))
                .update();
        long id = held(result).map(row -> ((Number) row.get("id")).longValue()).orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("roundId", round.getId());
        values.put("year", result.year());
        values.put("subject", name);
        values.put("decidedGrade", result.grade());
        values.put("decisionNumber", VietnameseText.clean(result.decisionNumber()));
        values.put("decisionDate", result.decisionDate());
        events.publishEvent(AuditRecord.of("CREATE", "ClassificationEntry", id, own.path(), name + " " + result.year(),
                Changes.created(values)));
        return id;
    }

    /** The deciding organization's round of the year: its closed round of past results, opened and closed here if missing. */
    private ClassificationRound roundOf(OrganizationRef deciding, int year) {
        Optional<Long> existing = jdbc.sql("select id from classification_round where organization_id = :o and round_year = :y")
                .param("o", deciding.id()).param("y", year).query(Long.class).optional();
        if (existing.isPresent()) {
            return rounds.findById(existing.get()).orElseThrow();
        }
        long rulebookId = roundRules.rulebooksFor(year).get(0).getId();
        ClassificationRound round = new ClassificationRound(deciding.id(), deciding.path(), year, rulebookId,
                "Kết quả xếp loại năm " + year + " (nhập từ tệp)", null, null, CurrentUser.actorName(), clock.instant());
        round.close();
        rounds.saveAndFlush(round);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organizationId", deciding.id());
        values.put("year", year);
        values.put("status", round.getStatus());
        events.publishEvent(AuditRecord.of("CREATE", "ClassificationRound", round.getId(), deciding.path(), round.getName(),
                Changes.created(values)));
        return round;
    }

    private Optional<Long> openRound(long organizationId, int year) {
        return jdbc.sql("select id from classification_round where organization_id = :o and round_year = :y and status = 'OPEN'")
                .param("o", organizationId).param("y", year).query(Long.class).optional();
    }

    /** The subject's entry of the year, in whatever round. */
    private Optional<Map<String, Object>> held(PastResult result) {
        String kind = result.personId() != null ? "MEMBER" : "ORGANIZATION";
        Long subject = result.personId() != null ? result.personId() : result.organizationId();
        if (subject == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, status, decided_grade from classification_entry where round_year = :y"
                        + " and subject_kind = :k and subject_id = :s")
                .param("y", result.year()).param("k", kind).param("s", subject).query().listOfRows().stream()
                .map(row -> lower(row)).findFirst();
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new HashMap<>();
        row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    /** Null when the subject is not classified (an organization of another type, a person who is no party member). */
    private Placed place(PastResult result) {
        if ((result.personId() == null) == (result.organizationId() == null)) {
            return null;
        }
        if (result.organizationId() != null) {
            OrganizationRef organization = organizations.find(result.organizationId())
                    .filter(o -> CurrentUser.get().canSee(o.path()))
                    .orElseThrow(() -> new NotFoundException("Organization", result.organizationId()));
            if (!RoundSubjects.CLASSIFIED_TYPES.contains(organization.type())) {
                return null;
            }
            OrganizationRef deciding = organization.parentId() == null ? organization
                    : organizations.find(organization.parentId()).orElse(organization);
            return new Placed("ORGANIZATION", organization.id(), organization.name(), organization, deciding, null);
        }
        PersonRef person = people.find(result.personId()).filter(p -> CurrentUser.get().canSee(p.orgPath()))
                .orElseThrow(() -> new NotFoundException("Person", result.personId()));
        if (!person.partyStatus().isMember()) {
            return null;
        }
        OrganizationRef own = organizations.find(person.organizationId()).orElseThrow();
        Map<Long, OrganizationRef> known = new HashMap<>();
        organizations.breadcrumbs(own.id()).forEach(o -> known.put(o.id(), o));
        known.put(own.id(), own);
        LocalDate admittedOn = people.facts(person.id()).map(PersonDirectory.PersonFacts::admittedOn).orElse(null);
        return new Placed("MEMBER", person.id(), person.fullName(), own, RoundSubjects.memberDecider(own, known), admittedOn);
    }

    private static ClassificationGrade grade(PastResult result) {
        try {
            return result.grade() == null ? null : ClassificationGrade.valueOf(result.grade());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Problem> problem(String field, String key, Object... arguments) {
        return Optional.of(new Problem(field, key, arguments));
    }
}
