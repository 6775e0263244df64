package vn.chibo.classification.internal;

import vn.chibo.emulation.EvaluationDecided;
import vn.chibo.emulation.EvaluationReturned;
import vn.chibo.emulation.EvaluationStep;

/** Classification's announcements to the people concerned: an entry returned with a reason, a grade decided. */
final class ClassificationEvents {

    private ClassificationEvents() {
    }

    static EvaluationReturned returned(ClassificationEntry entry, ClassificationRound round, String reason, java.time.Instant at) {
        boolean member = entry.getSubjectKind() == ClassificationEntry.Kind.MEMBER;
        return new EvaluationReturned(EvaluationStep.CLASSIFICATION, entry.getId(), "/classification/" + round.getId(),
                entry.getOrgPath(), member ? entry.getSubjectId() : null, member ? null : entry.getSubjectId(),
                entry.getSubjectName(), round.getYear(), reason, at);
    }

    static EvaluationDecided decided(ClassificationEntry entry, ClassificationRound round, ClassificationGrade grade) {
        boolean member = entry.getSubjectKind() == ClassificationEntry.Kind.MEMBER;
        return new EvaluationDecided(EvaluationStep.CLASSIFICATION, entry.getId(), "/classification/" + round.getId(),
                entry.getOrgPath(), member ? entry.getSubjectId() : null, member ? null : entry.getSubjectId(),
                entry.getSubjectName(), round.getYear(), grade.messageKey(), entry.getDecisionNumber(), entry.getDecisionDate());
    }
}
