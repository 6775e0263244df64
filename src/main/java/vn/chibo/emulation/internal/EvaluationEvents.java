package vn.chibo.emulation.internal;


import vn.chibo.emulation.EvaluationDecided;
import vn.chibo.emulation.EvaluationReturned;
import vn.chibo.emulation.EvaluationStep;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;

/** The emulation module's announcements to the people concerned: a step returned with a reason, a decision made. */
final class EvaluationEvents {

    private EvaluationEvents() {
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
