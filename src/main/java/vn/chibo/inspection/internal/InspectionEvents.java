package vn.chibo.inspection.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.inspection.InspectionNoticeSent;
import vn.chibo.inspection.RemediationActionAssigned;

/** What the inspection module tells the people concerned: an action assigned to them, the findings notified. */
final class InspectionEvents {

    private InspectionEvents() {
    }

    static RemediationActionAssigned assigned(RemediationAction action, Finding finding) {
        return new RemediationActionAssigned(action.getId(), action.getFindingId(), finding.getOrgPath(), action.getOwnerPersonId(),
                action.getContent(), action.getDueOn());
    }

    /** The inspected member, or the inspected organization, and every member its findings name. */
    static InspectionNoticeSent noticeSent(Inspection inspection, LocalDate sentOn, JdbcClient jdbc) {
        Set<Long> persons = new LinkedHashSet<>();
        if (inspection.getPersonId() != null) {
            persons.add(inspection.getPersonId());
        }
        persons.addAll(jdbc.sql("select distinct person_id from inspection_finding where inspection_id = :i and person_id is not null"
                        + " order by person_id")
                .param("i", inspection.getId()).query(Long.class).list());
        int findings = jdbc.sql("select count(*) from inspection_finding where inspection_id = :i")
                .param("i", inspection.getId()).query(Integer.class).single();
        return new InspectionNoticeSent(inspection.getId(), inspection.getOrgPath(), inspection.getSubjectName(),
                inspection.getNoticeNumber(), sentOn, inspection.getPersonId() == null ? inspection.getSubjectOrgId() : null,
                List.copyOf(new ArrayList<>(persons)), findings);
    }
}
