package vn.chibo.mentoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Đánh giá tiến bộ: a mentee's progress in one review period ('2026-Q1'), with a comment. */
@Entity
@Table(name = "mentoring_review")
public class MentoringReview {

    /** Mức tiến bộ. */
    public enum Rating {
        EXCELLENT, GOOD, FAIR, WEAK;

        public boolean isGoodOrBetter() {
            return this == EXCELLENT || this == GOOD;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assignmentId;
    /** The assignment's mentee, kept equal to it by a foreign key (V57): the figures count reviews without a join. */
    private Long menteePersonId;
    private String orgPath;
    private String reviewPeriod;
    @Enumerated(EnumType.STRING)
    private Rating rating;
    private String reviewComment;
    private LocalDate reviewedOn;
    private String reviewedBy;
    @Version
    private long version;

    protected MentoringReview() {
    }

    MentoringReview(MentoringAssignment assignment, String reviewPeriod, String reviewedBy) {
        this.assignmentId = assignment.getId();
        this.menteePersonId = assignment.getMenteePersonId();
        this.orgPath = assignment.getOrgPath();
        this.reviewPeriod = reviewPeriod;
        this.reviewedBy = reviewedBy;
    }

    void rate(Rating rating, String comment, LocalDate on, String by) {
        this.rating = rating;
        this.reviewComment = comment;
        this.reviewedOn = on;
        this.reviewedBy = by;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("assignmentId", assignmentId);
        values.put("reviewPeriod", reviewPeriod);
        values.put("rating", rating);
        values.put("reviewComment", reviewComment);
        return values;
    }

    public Long getId() { return id; }
    public Long getAssignmentId() { return assignmentId; }
    public String getReviewPeriod() { return reviewPeriod; }
    public Rating getRating() { return rating; }
    public String getReviewComment() { return reviewComment; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewedBy() { return reviewedBy; }
    public long getVersion() { return version; }
}
