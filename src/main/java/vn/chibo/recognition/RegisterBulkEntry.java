package vn.chibo.recognition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a bulk loader (the Excel import of past registers) needs from the award and discipline registers: the
 * form's checks without writing, the record a row duplicates, and creation through the registers' own services
 * (scope, rules, audit). Forms, levels and measures are named by their codes ({@link #awardTypes()} …); a subject
 * is exactly one of a person and a party organization.
 */
public interface RegisterBulkEntry {

    /** An award decision for one recipient as the award form takes it. */
    record NewAward(Long personId, Long organizationId, String type, String level, String decisionNumber,
                    LocalDate decisionDate, String issuedBy, String reason, String campaign) {
    }

    /** A discipline decision for one subject as the discipline form takes it. */
    record NewDiscipline(Long personId, Long organizationId, String measure, String decisionNumber, LocalDate decisionDate,
                         String issuedBy, String reason, boolean selfDetected, boolean leadershipCollective) {
    }

    /** A broken rule: the form field it concerns and the message key (with its arguments). */
    record Problem(String field, String messageKey, Object... arguments) {
    }

    List<String> awardTypes();

    List<String> awardLevels();

    List<String> disciplineMeasures();

    /** The award form's checks (recipient visible, permission, required fields, dates); empty when it may be recorded. */
    Optional<Problem> check(NewAward award);

    /** The award already recorded for this decision number and recipient (one per decision and recipient). */
    Optional<Long> existing(NewAward award);

    long create(NewAward award);

    /** The discipline form's checks (measure fits the subject, permission, required fields); empty when it may be recorded. */
    Optional<Problem> check(NewDiscipline discipline);

    /** The discipline decision already recorded with this number for this subject. */
    Optional<Long> existing(NewDiscipline discipline);

    long create(NewDiscipline discipline);
}
