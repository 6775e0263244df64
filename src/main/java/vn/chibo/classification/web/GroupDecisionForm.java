package vn.chibo.classification.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.classification.internal.ClassificationService;

/**
 * The decision screen of a group: per entry its grade ({@code grades[ID]}), the version it was shown at
 * ({@code versions[ID]}) and a reason when the grade differs from the proposal ({@code reasons[ID]}); then the
 * decision's number, date and, when the quota allows one, the justification of an exception. Serializable: it
 * comes back after a refusal through the shared session store.
 */
public class GroupDecisionForm implements Serializable {

    private Map<Long, String> grades = new LinkedHashMap<>();
    private Map<Long, Long> versions = new LinkedHashMap<>();
    private Map<Long, String> reasons = new LinkedHashMap<>();
    private String decisionNumber;
    private String decisionDate;
    private String justification;

    /** One decision per entry that was given a grade field, in the order of the screen. */
    List<ClassificationService.Decision> decisions() {
        List<ClassificationService.Decision> decisions = new ArrayList<>();
        grades.forEach((entryId, grade) -> decisions.add(
                new ClassificationService.Decision(entryId, versions.get(entryId), grade, reasons.get(entryId))));
        return decisions;
    }

    public Map<Long, String> getGrades() {
        return grades;
    }

    public void setGrades(Map<Long, String> grades) {
        this.grades = grades;
    }

    public Map<Long, Long> getVersions() {
        return versions;
    }

    public void setVersions(Map<Long, Long> versions) {
        this.versions = versions;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public void setReasons(Map<Long, String> reasons) {
        this.reasons = reasons;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public String getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(String decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }
}
