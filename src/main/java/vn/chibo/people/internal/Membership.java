package vn.chibo.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A period of activity in an organization: the official one, or a temporary one in a host cell. */
@Entity
@Table(name = "membership")
public class Membership {

    public enum Kind {
        /** Sinh hoạt chính thức. */
        PRIMARY,
        /** Sinh hoạt tạm thời. */
        TEMPORARY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long organizationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String note;

    protected Membership() {
    }

    Membership(long personId, long organizationId, Kind kind, LocalDate fromDate, LocalDate toDate, String note) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.kind = kind;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.note = note;
    }

    void end(LocalDate on) {
        this.toDate = on;
    }

    public boolean isCurrent(LocalDate today) {
        return toDate == null || !toDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Kind getKind() {
        return kind;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getNote() {
        return note;
    }
}
