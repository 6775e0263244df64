package vn.chibo.classification.internal;

import vn.chibo.rules.RulebookDefinition;

import static vn.chibo.classification.internal.ClassificationAccess.within;
import static vn.chibo.classification.internal.EntryWorkflow.audit;
import static vn.chibo.classification.internal.EntryWorkflow.requireVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.classification.internal.ClassificationService.Decision;
import vn.chibo.classification.internal.ClassificationService.GroupView;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.Problem;

/**
 * Quyết định xếp loại by group (the unit of the quota): what the decision screen shows, the order
 * rules, and the decision itself, taken under the round's row lock.
 */
@Component
class GroupDecision {

    private final ClassificationEntryRepository entries;
    private final ClassificationRounds rounds;
    private final ClassificationQueries queries;
    private final ClassificationAccess access;
    private final RegisterFacts facts;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GroupDecision(ClassificationEntryRepository entries, ClassificationRounds rounds, ClassificationQueries queries,
                  ClassificationAccess access, RegisterFacts facts, OrganizationDirectory organizations,
                  ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.rounds = rounds;
        this.queries = queries;
        this.access = access;
        this.facts = facts;
        this.organizations = organizations;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    GroupView group(long roundId, String key) {
        ClassificationRound round = queries.round(roundId);
        List<ClassificationEntry> members = entries.findByRoundIdAndQuotaGroup(roundId, key);
        if (members.isEmpty()) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        OrganizationRef deciding = organizations.find(members.get(0).getDecidingOrgId()).orElseThrow();
        if (!CurrentUser.get().canSee(deciding.path())) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        RulebookDefinition.Classification rules = queries.rules(round);
        List<ClassificationEntry> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(ClassificationEntry::getOrgPath)
                .thenComparing(e -> e.getSubjectName(), VietnameseText.collator()));
        if (!sorted.get(0).isCollective()) {
            sorted.sort(Comparator.comparing(ClassificationEntry::getSubjectName, VietnameseText.personNameOrder()));
        }
        long excellent = members.stream().filter(e -> e.getDecidedGrade() == ClassificationGrade.EXCELLENT).count();
        long good = members.stream().filter(e -> e.getDecidedGrade() == ClassificationGrade.GOOD).count();
        Map<Long, List<OrderProblem>> problems = orderProblems(round, rules, members);
        boolean mayDecide = round.isOpen() && access.mayDecide(members.get(0));
        String within = deciding.parentId() == null ? null
                : organizations.find(deciding.parentId()).map(OrganizationRef::name).orElse(null);
        return new GroupView(round, key, deciding, within, key.substring(key.indexOf('-') + 1), sorted, rules,
                ClassificationCalculator.quota(rules, excellent, good), problems, mayDecide, excellent, good);
    }

    /**
     * Thứ tự xếp loại for a group: a member after his organization, an organization after those
     * below it, each problem with the rulebook's enforcement. One query for the whole group:
     * the undecided organizations under the deciding organization.
     */
    Map<Long, List<OrderProblem>> orderProblems(ClassificationRound round, RulebookDefinition.Classification rules,
                                            List<ClassificationEntry> group) {
        Map<Long, List<OrderProblem>> problems = new HashMap<>();
        if (group.isEmpty()) {
            return problems;
        }
        var order = rules.order();
        record Pending(long organizationId, String name, String path) {
        }
        List<Pending> pending = jdbc.query("select subject_id, subject_name, org_path from classification_entry where round_id = ?"
                        + " and subject_kind = 'ORGANIZATION' and status <> 'DECIDED' and "
                        + within("org_path", group.get(0).getDecidingOrgPath()) + " order by org_path",
                (rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)), round.getId());
        Map<Long, Pending> pendingById = new HashMap<>();
        pending.forEach(p -> pendingById.put(p.organizationId(), p));
        for (ClassificationEntry entry : group) {
            if (entry.getStatus() == ClassificationEntry.Status.DECIDED) {
                continue;
            }
            List<OrderProblem> found = new ArrayList<>();
            if (!entry.isCollective() && order.collectivesBeforeMembers() != RulebookDefinition.Enforcement.OFF
                    && pendingById.containsKey(entry.getOrganizationId())) {
                found.add(new OrderProblem(Problem.of("classification.order.collectiveFirst",
                        pendingById.get(entry.getOrganizationId()).name()), order.collectivesBeforeMembers()));
            }
            if (entry.isCollective() && order.lowerLevelsFirst() != RulebookDefinition.Enforcement.OFF) {
                List<String> below = pending.stream()
                        .filter(p -> p.path().startsWith(entry.getOrgPath()) && !p.path().equals(entry.getOrgPath()))
                        .map(Pending::name).limit(4).toList();
                if (!below.isEmpty()) {
                    String names = String.join(", ", below.subList(0, Math.min(3, below.size())))
                            + (below.size() > 3 ? ", …" : "");
                    found.add(new OrderProblem(Problem.of("classification.order.lowerFirst", names), order.lowerLevelsFirst()));
                }
            }
            if (!found.isEmpty()) {
                problems.put(entry.getId(), found);
            }
        }
        return problems;
    }

    /** A grade chosen for one entry now, with the reason when it differs from the computed one. */
    private record Choice(ClassificationGrade grade, String reason) {
    }

    /**
     * Refused as a whole when a line is stale or out of order, a differing grade lacks a reason, or
     * the quota would be exceeded (unless the rulebook allows an exception and a justification is given).
     */
    int decide(long roundId, String key, List<Decision> decisions, String decisionNumber, LocalDate decisionDate,
               String justification) {
        ClassificationRound round = rounds.lockedRound(roundId);
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        Map<Long, ClassificationEntry> group = decidableGroup(roundId, key);
        String number = VietnameseText.clean(decisionNumber);
        if (number == null || number.length() > 100) {
            throw new BusinessRuleException("decisionNumber", "assessment.error.decisionNumber");
        }
        if (decisionDate == null || decisionDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("decisionDate", "validation.date.notFuture");
        }
        RulebookDefinition.Classification rules = queries.rules(round);
        Map<ClassificationEntry, Choice> chosen = choices(round, rules, group, decisions);
        long excellent = countAfter(group.values(), chosen, ClassificationGrade.EXCELLENT);
        long good = countAfter(group.values(), chosen, ClassificationGrade.GOOD);
        var quota = ClassificationCalculator.quota(rules, excellent, good);
        String why = quotaJustification(rules, quota, excellent, justification);
        for (var line : chosen.entrySet()) {
            ClassificationEntry entry = line.getKey();
            Map<String, Object> before = entry.snapshot();
            ClassificationGrade grade = line.getValue().grade();
            entry.decide(grade, number, decisionDate, line.getValue().reason(),
                    quota.exceeded() && grade == ClassificationGrade.EXCELLENT ? why : null, CurrentUser.actorName(), clock.instant());
            audit(events, "DECIDE", entry, round, before);
            events.publishEvent(ClassificationEvents.decided(entry, round, grade));
        }
        return chosen.size();
    }

    /** The group's entries by id, once the account is known to see and decide them. */
    private Map<Long, ClassificationEntry> decidableGroup(long roundId, String key) {
        Map<Long, ClassificationEntry> group = new LinkedHashMap<>();
        entries.findByRoundIdAndQuotaGroup(roundId, key).forEach(e -> group.put(e.getId(), e));
        if (group.isEmpty()) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        ClassificationEntry first = group.values().iterator().next();
        if (!CurrentUser.get().canSee(first.getDecidingOrgPath())) {
            throw new NotFoundException("ClassificationGroup", roundId);
        }
        if (!access.mayDecide(first)) {
            throw new ForbiddenException("decide classifications");
        }
        return group;
    }

    /** The lines with a grade, each checked: in the group, proposed, current, reasoned, and in order. */
    private Map<ClassificationEntry, Choice> choices(ClassificationRound round, RulebookDefinition.Classification rules,
                                                     Map<Long, ClassificationEntry> group, List<Decision> decisions) {
        Map<Long, List<OrderProblem>> orderProblems = orderProblems(round, rules, new ArrayList<>(group.values()));
        Map<ClassificationEntry, Choice> chosen = new LinkedHashMap<>();
        for (Decision decision : decisions) {
            ClassificationGrade grade = ClassificationGrade.parse(decision.grade(), "decisions");
            if (grade == null) {
                continue;
            }
            ClassificationEntry entry = group.get(decision.entryId());
            if (entry == null) {
                throw new NotFoundException("ClassificationEntry", decision.entryId());
            }
            if (entry.getStatus() != ClassificationEntry.Status.PROPOSED) {
                throw new BusinessRuleException("decisions", "classification.error.notProposed", entry.getSubjectName());
            }
            requireVersion(entry, decision.version());
            facts.refreshComputed(entry, round, rules);
            String reason = VietnameseText.clean(decision.reason());
            if (grade != entry.getComputedGrade() && reason == null) {
                throw new BusinessRuleException("decisions", "classification.error.reasonRequired", entry.getSubjectName());
            }
            if (reason != null && reason.length() > 2000) {
                throw new BusinessRuleException("decisions", "assessment.error.tooLong", 2000);
            }
            refuseEnforcedOrder(entry, orderProblems.getOrDefault(entry.getId(), List.of()));
            chosen.put(entry, new Choice(grade, reason));
        }
        if (chosen.isEmpty()) {
            throw new BusinessRuleException("decisions", "classification.error.nothingToDecide");
        }
        return chosen;
    }

    private static void refuseEnforcedOrder(ClassificationEntry entry, List<OrderProblem> problems) {
        for (OrderProblem problem : problems) {
            if (problem.enforced()) {
                throw new BusinessRuleException("decisions", problem.problem().messageKey() + ".refused",
                        entry.getSubjectName(), problem.firstToDecide());
            }
        }
    }

    /** How many of the group hold the grade once this decision is taken: earlier decisions plus the new ones. */
    private static long countAfter(Collection<ClassificationEntry> group, Map<ClassificationEntry, Choice> chosen,
                                   ClassificationGrade grade) {
        return group.stream().filter(e -> !chosen.containsKey(e)).filter(e -> e.getDecidedGrade() == grade).count()
                + chosen.values().stream().filter(c -> c.grade() == grade).count();
    }

    /** The cleaned justification; required (and allowed at all) only as the rulebook says when the quota is exceeded. */
    private static String quotaJustification(RulebookDefinition.Classification rules, ClassificationCalculator.QuotaStatus quota,
                                             long excellent, String justification) {
        String why = VietnameseText.clean(justification);
        if (why != null && why.length() > 2000) {
            throw new BusinessRuleException("justification", "assessment.error.tooLong", 2000);
        }
        if (quota.exceeded()) {
            if (!rules.quota().exceptionWithJustification()) {
                throw new BusinessRuleException("decisions", "classification.error.quotaExceeded", excellent, quota.allowed());
            }
            if (why == null) {
                throw new BusinessRuleException("justification", "classification.error.quotaJustification", excellent,
                        quota.allowed());
            }
        }
        return why;
    }
}
