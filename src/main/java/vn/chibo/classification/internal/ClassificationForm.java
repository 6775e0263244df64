package vn.chibo.classification.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.rules.ClassificationLevel;
import vn.chibo.rules.RulebookDefinition.Classification;
import vn.chibo.rules.RulebookDefinition.ClassificationMethod;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * The self-classification or proposal form as typed: numbers with a Vietnamese decimal comma,
 * percentages 0–100. {@link #parse} checks every field and reports all problems at once.
 */
public class ClassificationForm implements java.io.Serializable {

    private String score;
    private List<String> ratings = new ArrayList<>();
    private boolean allTasksOnTime;
    private String exceedingShare;
    private boolean noDisciplinedSubordinates;
    private boolean pastShortcomingsFixed;
    private String lateTaskShare;
    private boolean disciplinedInYear;
    private boolean disciplineSelfCorrected;
    private String targetsMetShare;
    private boolean leadershipDisciplined;
    private String disciplinedSubordinatesShare;
    private boolean internalDisunity;
    private boolean memberDegradation;
    private boolean activitySuspended;
    private String grade;
    private String comment;
    private Long version;

    /** A form prefilled from what was declared before (or sensible defaults for a first declaration). */
    public static ClassificationForm of(ClassificationInputs declared, ClassificationGrade grade, String comment, long version) {
        ClassificationForm form = new ClassificationForm();
        form.version = version;
        form.grade = grade == null ? null : grade.name();
        form.comment = comment;
        if (declared == null) {
            form.allTasksOnTime = true;
            form.noDisciplinedSubordinates = true;
            form.pastShortcomingsFixed = true;
            return form;
        }
        form.score = declared.score() == null ? "" : declared.score().stripTrailingZeros().toPlainString().replace('.', ',');
        form.ratings = new ArrayList<>(declared.ratings().stream().map(Enum::name).toList());
        form.allTasksOnTime = declared.allTasksOnTime();
        form.exceedingShare = ClassificationInputs.percent(declared.exceedingShare());
        form.noDisciplinedSubordinates = declared.noDisciplinedSubordinates();
        form.pastShortcomingsFixed = declared.pastShortcomingsFixed();
        form.lateTaskShare = ClassificationInputs.percent(declared.lateTaskShare());
        form.disciplinedInYear = declared.disciplinedInYear();
        form.disciplineSelfCorrected = declared.disciplineSelfCorrected();
        form.targetsMetShare = ClassificationInputs.percent(declared.targetsMetShare());
        form.leadershipDisciplined = declared.leadershipDisciplined();
        form.disciplinedSubordinatesShare = ClassificationInputs.percent(declared.disciplinedSubordinatesShare());
        form.internalDisunity = declared.internalDisunity();
        form.memberDegradation = declared.memberDegradation();
        form.activitySuspended = declared.activitySuspended();
        return form;
    }

    private static final java.util.Set<String> FIGURES = java.util.Set.of("score", "ratings", "exceedingShare",
            "lateTaskShare", "targetsMetShare", "disciplinedSubordinatesShare", "grade", "comment");

    /** Whether a refusal concerns what was typed into this form ({@link #parse} checks these fields). */
    public static boolean isFigure(BusinessRuleException refusal) {
        return !refusal.problems().isEmpty() || FIGURES.contains(refusal.field());
    }

    /** The declared inputs, or the refusal of the first wrong field, listing every wrong field when several. */
    public ClassificationInputs parse(Classification rules, boolean collective) {
        return parse(rules, collective, false);
    }

    /** {@code exempt}: the subject is exempt whatever it declares (admitted too recently), so no score is required. */
    public ClassificationInputs parse(Classification rules, boolean collective, boolean exempt) {
        Map<String, BusinessRuleException> problems = new LinkedHashMap<>();
        BigDecimal parsedScore = null;
        List<ClassificationLevel> parsedRatings = new ArrayList<>();
        if (rules.method() == ClassificationMethod.SCORE_100) {
            parsedScore = number(score, "score", BigDecimal.valueOf(100), problems);
            if (parsedScore == null && !problems.containsKey("score") && !activitySuspended && !exempt) {
                problems.put("score", new BusinessRuleException("score", "classification.error.scoreRequired"));
            }
        } else {
            int expected = rules.ratedCriteria(collective).size();
            for (int i = 0; i < (exempt || activitySuspended ? Math.min(expected, ratings.size()) : expected); i++) {
                String value = i < ratings.size() ? ratings.get(i) : null;
                if (value == null || value.isBlank()) {
                    problems.putIfAbsent("ratings", new BusinessRuleException("ratings", "classification.error.ratingsRequired"));
                    continue;
                }
                try {
                    parsedRatings.add(ClassificationLevel.valueOf(value));
                } catch (IllegalArgumentException e) {
                    problems.putIfAbsent("ratings", new BusinessRuleException("ratings", "classification.error.grade"));
                }
            }
        }
        BigDecimal exceeding = share(exceedingShare, "exceedingShare", problems);
        BigDecimal late = collective ? share(lateTaskShare, "lateTaskShare", problems) : null;
        BigDecimal targets = collective ? share(targetsMetShare, "targetsMetShare", problems) : null;
        BigDecimal disciplined = collective ? share(disciplinedSubordinatesShare, "disciplinedSubordinatesShare", problems) : null;
        try {
            ClassificationGrade.parse(grade, "grade");
        } catch (BusinessRuleException e) {
            problems.put("grade", e);
        }
        if (comment != null && comment.length() > 2000) {
            problems.put("comment", new BusinessRuleException("comment", "assessment.error.tooLong", 2000));
        }
        if (problems.size() == 1) {
            throw problems.values().iterator().next();
        }
        if (!problems.isEmpty()) {
            BusinessRuleException first = problems.values().iterator().next();
            throw BusinessRuleException.of(first.field(), first.messageKey(),
                    problems.values().stream().map(BusinessRuleException::asProblem).toList(), first.arguments());
        }
        return new ClassificationInputs(parsedScore, parsedRatings, allTasksOnTime, exceeding, noDisciplinedSubordinates,
                pastShortcomingsFixed, late, !collective && disciplinedInYear, !collective && disciplineSelfCorrected,
                targets, collective && leadershipDisciplined, disciplined, collective && internalDisunity,
                collective && memberDegradation, !collective && activitySuspended);
    }

    private static BigDecimal share(String percent, String field, Map<String, BusinessRuleException> problems) {
        BigDecimal value = number(percent, field, BigDecimal.valueOf(100), problems);
        return value == null ? null : value.movePointLeft(2);
    }

    /** A number between 0 and {@code max}, comma or point as decimal separator, at most two decimals. */
    private static BigDecimal number(String text, String field, BigDecimal max, Map<String, BusinessRuleException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            if (value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 2) {
                problems.put(field, new BusinessRuleException(field, "classification.error.range", max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.put(field, new BusinessRuleException(field, "classification.error.number"));
            return null;
        }
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public List<String> getRatings() {
        return ratings;
    }

    public void setRatings(List<String> ratings) {
        this.ratings = ratings == null ? new ArrayList<>() : ratings;
    }

    public boolean isAllTasksOnTime() {
        return allTasksOnTime;
    }

    public void setAllTasksOnTime(boolean allTasksOnTime) {
        this.allTasksOnTime = allTasksOnTime;
    }

    public String getExceedingShare() {
        return exceedingShare;
    }

    public void setExceedingShare(String exceedingShare) {
        this.exceedingShare = exceedingShare;
    }

    public boolean isNoDisciplinedSubordinates() {
        return noDisciplinedSubordinates;
    }

    public void setNoDisciplinedSubordinates(boolean noDisciplinedSubordinates) {
        this.noDisciplinedSubordinates = noDisciplinedSubordinates;
    }

    public boolean isPastShortcomingsFixed() {
        return pastShortcomingsFixed;
    }

    public void setPastShortcomingsFixed(boolean pastShortcomingsFixed) {
        this.pastShortcomingsFixed = pastShortcomingsFixed;
    }

    public String getLateTaskShare() {
        return lateTaskShare;
    }

    public void setLateTaskShare(String lateTaskShare) {
        this.lateTaskShare = lateTaskShare;
    }

    public boolean isDisciplinedInYear() {
        return disciplinedInYear;
    }

    public void setDisciplinedInYear(boolean disciplinedInYear) {
        this.disciplinedInYear = disciplinedInYear;
    }

    public boolean isDisciplineSelfCorrected() {
        return disciplineSelfCorrected;
    }

    public void setDisciplineSelfCorrected(boolean disciplineSelfCorrected) {
        this.disciplineSelfCorrected = disciplineSelfCorrected;
    }

    public String getTargetsMetShare() {
        return targetsMetShare;
    }

    public void setTargetsMetShare(String targetsMetShare) {
        this.targetsMetShare = targetsMetShare;
    }

    public boolean isLeadershipDisciplined() {
        return leadershipDisciplined;
    }

    public void setLeadershipDisciplined(boolean leadershipDisciplined) {
        this.leadershipDisciplined = leadershipDisciplined;
    }

    public String getDisciplinedSubordinatesShare() {
        return disciplinedSubordinatesShare;
    }

    public void setDisciplinedSubordinatesShare(String disciplinedSubordinatesShare) {
        this.disciplinedSubordinatesShare = disciplinedSubordinatesShare;
    }

    public boolean isInternalDisunity() {
        return internalDisunity;
    }

    public void setInternalDisunity(boolean internalDisunity) {
        this.internalDisunity = internalDisunity;
    }

    public boolean isMemberDegradation() {
        return memberDegradation;
    }

    public void setMemberDegradation(boolean memberDegradation) {
        this.memberDegradation = memberDegradation;
    }

    public boolean isActivitySuspended() {
        return activitySuspended;
    }

    public void setActivitySuspended(boolean activitySuspended) {
        this.activitySuspended = activitySuspended;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
