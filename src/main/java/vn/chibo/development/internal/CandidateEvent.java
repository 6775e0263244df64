package vn.chibo.development.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a candidate's timeline. */
@Entity
@Table(name = "development_event")
public class CandidateEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private LocalDate occurredOn;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected CandidateEvent() {
    }

    CandidateEvent(long candidateId, Stage stage, LocalDate occurredOn, String note, String recordedBy, Instant now) {
        this.candidateId = candidateId;
        this.stage = stage;
        this.occurredOn = occurredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Stage getStage() { return stage; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
}
