package vn.chibo.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.chibo.people.PartyStatus;

/** One step of a person's party status history (kết nạp, công nhận chính thức, xóa tên...). */
@Entity
@Table(name = "party_status_change")
public class PartyStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private PartyStatus status;
    private LocalDate effectiveOn;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected PartyStatusChange() {
    }

    PartyStatusChange(long personId, PartyStatus status, LocalDate effectiveOn, String note, String recordedBy, Instant now) {
        this.personId = personId;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public PartyStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
