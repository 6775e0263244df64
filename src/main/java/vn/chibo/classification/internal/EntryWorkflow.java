package vn.chibo.classification.internal;


import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;

/** One entry's way up: self-classification, proposal, and return with a reason. */
@Component
class EntryWorkflow {

    private final ClassificationRoundRepository rounds;
    private final ClassificationQueries queries;
    private final ClassificationAccess access;
    private final RegisterFacts facts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryWorkflow(ClassificationRoundRepository rounds, ClassificationQueries queries, ClassificationAccess access,
                  RegisterFacts facts, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.queries = queries;
        this.access = access;
        this.facts = facts;
        this.events = events;
        this.clock = clock;
    }

    /** Tự đánh giá, xếp loại: the subject (or those above it) declares the facts and chooses a grade, by default the computed one. */
    ClassificationEntry selfClassify(long entryId, ClassificationForm form) {
        return judge(entryId, form, ClassificationEntry.Status.PENDING, "SELF_CLASSIFY", access::maySelfClassify,
                ClassificationEntry::selfClassify);
    }

    /** Thẩm định, đề xuất: the proposer may correct the declared facts, and proposes a grade. */
    ClassificationEntry propose(long entryId, ClassificationForm form) {
        return judge(entryId, form, ClassificationEntry.Status.SELF_CLASSIFIED, "PROPOSE", access::mayPropose,
                ClassificationEntry::propose);
    }

    /** What a judging step does with the entry: grade, comment, by whom. */
    private interface Judgement {
        void apply(ClassificationEntry entry, ClassificationGrade grade, String comment, String by, Instant now);
    }

    private ClassificationEntry judge(long entryId, ClassificationForm form, ClassificationEntry.Status expected, String action,
                                      Predicate<ClassificationEntry> allowed, Judgement judgement) {
        ClassificationEntry entry = queries.entry(entryId);
        ClassificationRound round = requireOpen(entry);
        if (!allowed.test(entry)) {
            throw new ForbiddenException(action);
        }
        requireVersion(entry, form.getVersion());
        requireStatus(entry, expected);
        Map<String, Object> before = entry.snapshot();
        ClassificationGrade computed = facts.recompute(entry, round, queries.rules(round), form);
        ClassificationGrade chosen = ClassificationGrade.parse(form.getGrade(), "grade");
        judgement.apply(entry, chosen == null ? computed : chosen, VietnameseText.clean(form.getComment()), CurrentUser.actorName(), clock.instant());
        audit(events, action, entry, round, before);
        return entry;
    }

    /** Trả lại: the proposer returns a self-classification, the decider a proposal, with a reason. */
    ClassificationEntry returnWithReason(long entryId, String reason, Long version) {
        ClassificationEntry entry = queries.entry(entryId);
        ClassificationRound round = requireOpen(entry);
        boolean allowed = switch (entry.getStatus()) {
            case SELF_CLASSIFIED -> access.mayPropose(entry);
            case PROPOSED -> access.mayDecide(entry);
            default -> throw new BusinessRuleException(null, "classification.error.status");
        };
        if (!allowed) {
            throw new ForbiddenException("return a classification");
        }
        requireVersion(entry, version);
        String why = VietnameseText.clean(reason);
        if (why == null) {
            throw new BusinessRuleException("reason", "assessment.error.returnReason");
        }
        if (why.length() > 2000) {
            throw new BusinessRuleException("reason", "assessment.error.tooLong", 2000);
        }
        Map<String, Object> before = entry.snapshot();
        Instant now = clock.instant();
        entry.returnWithReason(why, now);
        audit(events, "RETURN", entry, round, before);
        events.publishEvent(ClassificationEvents.returned(entry, round, why, now));
        return entry;
    }

    private ClassificationRound requireOpen(ClassificationEntry entry) {
        ClassificationRound round = rounds.findById(entry.getRoundId()).orElseThrow();
        if (!round.isOpen()) {
            throw new BusinessRuleException(null, "classification.error.closed");
        }
        return round;
    }

    static void requireVersion(ClassificationEntry entry, Long version) {
        if (version == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (version != entry.getVersion()) {
            throw new ConcurrentEditException();
        }
    }

    private static void requireStatus(ClassificationEntry entry, ClassificationEntry.Status expected) {
        if (entry.getStatus() != expected) {
            throw new BusinessRuleException(null, "classification.error.status");
        }
    }

    static void audit(ApplicationEventPublisher events, String action, ClassificationEntry entry, ClassificationRound round,
                      Map<String, Object> before) {
        events.publishEvent(AuditRecord.of(action, "ClassificationEntry", entry.getId(), entry.getOrgPath(),
                entry.getSubjectName() + " — " + round.getYear(), Changes.between(before, entry.snapshot())));
    }
}
