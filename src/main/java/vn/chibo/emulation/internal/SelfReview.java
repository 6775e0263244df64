package vn.chibo.emulation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Tự rà soát: the subject's own result for one indicator in one period. */
@Entity
@Table(name = "self_review")
public class SelfReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long registrationId;
    @Column(name = "review_period")
    private String period;
    private String indicatorCode;
    private Boolean met;
    @Column(name = "numeric_value")
    private BigDecimal value;
    private String note;
    private String reviewedBy;
    private Instant reviewedAt;
    @Version
    private long version;

    protected SelfReview() {
    }

    SelfReview(long registrationId, String period, String indicatorCode) {
        this.registrationId = registrationId;
        this.period = period;
        this.indicatorCode = indicatorCode;
    }

    void record(Boolean newMet, BigDecimal newValue, String newNote, String by, Instant now) {
        this.met = newMet;
        this.value = newValue;
        this.note = newNote;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public RecognitionCalculator.IndicatorResult toResult() {
        return new RecognitionCalculator.IndicatorResult(met, value);
    }

    public String getPeriod() {
        return period;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public Boolean getMet() {
        return met;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
