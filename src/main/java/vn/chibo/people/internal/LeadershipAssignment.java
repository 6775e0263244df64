package vn.chibo.people.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.chibo.people.PartyPosition;

/** A leadership role (bí thư, cấp ủy viên...) held by a person in an organization for a period. */
@Entity
@Table(name = "leadership_role")
public class LeadershipAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long organizationId;
    @Enumerated(EnumType.STRING)
    private PartyPosition role;
    private LocalDate fromDate;
    private LocalDate toDate;

    protected LeadershipAssignment() {
    }

    LeadershipAssignment(long personId, long organizationId, PartyPosition role, LocalDate fromDate) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.role = role;
        this.fromDate = fromDate;
    }

    void end(LocalDate on) {
        this.toDate = on;
    }

    public boolean isCurrent() {
        return toDate == null;
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

    public PartyPosition getRole() {
        return role;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
