package vn.chibo.evaluation.internal;

import vn.chibo.evaluation.EvaluationDecided;
import vn.chibo.evaluation.EvaluationReturned;
import vn.chibo.evaluation.EvaluationStep;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;

/** The evaluation module's announcements to the people concerned: a step returned with a reason, a decision made. */
final class EvaluationEvents {

    private EvaluationEvents() {
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

    static EvaluationReturned returned(Registration registration, String subjectName, int year, String reason,
                                       java.time.Instant at) {
        return new EvaluationReturned(EvaluationStep.RECOGNITION, registration.getId(), "/registrations/" + registration.getId(),
                registration.getOrgPath(), registration.getPersonId(),
                registration.isMember() ? null : registration.getOrganizationId(), subjectName, year, reason, at);
    }

    /** A member's recognition is told to him and to his cell, to which the decision is also addressed (nơi nhận). */
    static EvaluationDecided decided(Registration registration, String subjectName, int year, Assessment assessment) {
        return new EvaluationDecided(EvaluationStep.RECOGNITION, registration.getId(), "/registrations/" + registration.getId(),
                registration.getOrgPath(), registration.getPersonId(), registration.getOrganizationId(), subjectName, year,
                Boolean.TRUE.equals(assessment.getDecidedRecognised()) ? "assessment.recognised" : "assessment.notRecognised",
                assessment.getDecisionNumber(), assessment.getDecisionDate());
    }

    /** The registration's subject as people know it, with the model it is judged by: "Bùi Văn Dũng (Đảng viên "5 tốt" — …)". */
    static String subjectName(Registration registration, ProgrammeService programmes, OrganizationDirectory organizations) {
        String subject = registration.isMember() ? programmes.memberOf(registration).fullName()
                : organizations.find(registration.getOrganizationId()).map(OrganizationRef::name).orElse("");
        return subject + " (" + programmes.programmeOf(registration).getName() + ")";
    }
}
