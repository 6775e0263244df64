package vn.chibo.classification.internal;

import vn.chibo.rules.Rulebook;
import vn.chibo.rules.RulebookService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/** Opening a classification round for a subtree, closing it and reopening it. */
@Component
class ClassificationRounds {

    private final ClassificationRoundRepository rounds;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final RoundSubjects subjects;
    private final ClassificationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClassificationRounds(ClassificationRoundRepository rounds, RulebookService rulebooks, OrganizationDirectory organizations, RoundSubjects subjects, ClassificationAccess access,
                         ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.subjects = subjects;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Published classification rulebooks in force in the year, the unit's own adaptations first. */
    List<Rulebook> rulebooksFor(int year) {
        return rulebooks.visible().stream()
                .filter(r -> r.getKind() == Rulebook.Kind.CLASSIFICATION && r.getStatus() == Rulebook.Status.PUBLISHED
                        && r.appliesTo(year))
                .sorted(Comparator.comparing((Rulebook r) -> r.getOwnerPath() == null ? 0 : -r.getOwnerPath().length()))
                .toList();
    }

    ClassificationRound open(long organizationId, int year, Long rulebookId, String name, LocalDate selfDeadline,
                             LocalDate decisionDeadline) {
        if (!access.mayOpen()) {
            throw new ForbiddenException("open a classification round");
        }
        OrganizationRef organization = organizations.requireVisible(organizationId);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear + 1) {
            throw new BusinessRuleException("year", "classification.error.year", thisYear + 1);
        }
        List<Rulebook> inForce = rulebooksFor(year);
        Rulebook rulebook = rulebookId == null ? inForce.stream().findFirst().orElse(null)
                : inForce.stream().filter(r -> r.getId().equals(rulebookId)).findFirst().orElse(null);
        if (rulebook == null) {
            throw new BusinessRuleException("rulebookId", "classification.error.rulebook", year);
        }
        boolean sameOrganization = rounds.findAllByOrderByRoundYearDescIdDesc().stream()
                .anyMatch(r -> r.getYear() == year && r.getOrganizationId() == organization.id());
        if (sameOrganization) {
            throw new BusinessRuleException("year", "classification.error.exists", year);
        }
        if (selfDeadline != null && decisionDeadline != null && decisionDeadline.isBefore(selfDeadline)) {
            throw new BusinessRuleException("decisionDeadline", "classification.error.deadlines");
        }
        String cleanName = roundName(name, year, organization);
        ClassificationRound round = rounds.save(new ClassificationRound(organization.id(), organization.path(), year,
                rulebook.getId(), cleanName, selfDeadline, decisionDeadline, CurrentUser.actorName(), clock.instant()));
        int created = subjects.createEntries(round, organization);
        if (created == 0) {
            throw new BusinessRuleException("year", "classification.error.exists", year);
        }
        rulebooks.find(rulebook.getId()).orElseThrow().markInUse();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("rulebook", rulebook.getCode() + " r" + rulebook.getRevision());
        values.put("subjects", created);
        events.publishEvent(AuditRecord.of("CREATE", "ClassificationRound", round.getId(), round.getOrgPath(), cleanName,
                Changes.created(values)));
        return round;
    }

    private static String roundName(String name, int year, OrganizationRef organization) {
        String cleanName = VietnameseText.clean(name);
        if (cleanName == null) {
            cleanName = VietnameseText.clean("Xếp loại chất lượng năm " + year + " — " + organization.name());
        }
        if (cleanName.length() > 300) {
            throw new BusinessRuleException("name", "classification.error.name");
        }
        return cleanName;
    }

    /** Kết thúc đợt: results can no longer change; confirmed explicitly, and reversible by {@link #reopen}. */
    ClassificationRound close(long roundId, Long version, boolean confirmed) {
        ClassificationRound round = lockedRound(roundId);
        if (!access.mayOpen() || !CurrentUser.get().canSee(round.getOrgPath())) {
            throw new ForbiddenException("close a classification round");
        }
        if (version == null || version != round.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (!confirmed) {
            throw new BusinessRuleException("confirm", "classification.error.confirmClose");
        }
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        round.close();
        events.publishEvent(AuditRecord.of("CLOSE", "ClassificationRound", round.getId(), round.getOrgPath(), round.getName(),
                Changes.between(Map.of("status", "OPEN"), Map.of("status", "CLOSED"))));
        return round;
    }

    ClassificationRound reopen(long roundId, Long version) {
        ClassificationRound round = lockedRound(roundId);
        if (!access.mayOpen() || !CurrentUser.get().canSee(round.getOrgPath())) {
            throw new ForbiddenException("reopen a classification round");
        }
        if (version == null || version != round.getVersion()) {
            throw new ConcurrentEditException();
        }
        if (round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.status");
        }
        round.reopen();
        events.publishEvent(AuditRecord.of("REOPEN", "ClassificationRound", round.getId(), round.getOrgPath(), round.getName(),
                Changes.between(Map.of("status", "CLOSED"), Map.of("status", "OPEN"))));
        return round;
    }

    /** The round, visible to the account, with a row lock: decisions and closing are serialized per round. */
    ClassificationRound lockedRound(long roundId) {
        ClassificationRound round = rounds.lockById(roundId).orElseThrow(() -> new NotFoundException("ClassificationRound", roundId));
        if (!access.visible(round)) {
            throw new NotFoundException("ClassificationRound", roundId);
        }
        return round;
    }
}
