package vn.chibo.emulation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One action of the programme and plan for a criterion (chương trình, kế hoạch thực hiện từng tiêu chí). */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    public enum Status { PLANNED, IN_PROGRESS, DONE, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long registrationId;
    private String criterionCode;
    private String content;
    private Long responsibleId;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String note;
    @Version
    private long version;

    protected PlanItem() {
    }

    PlanItem(long registrationId, String criterionCode, String content, Long responsibleId, LocalDate dueDate) {
        this.registrationId = registrationId;
        this.criterionCode = criterionCode;
        this.content = content;
        this.responsibleId = responsibleId;
        this.dueDate = dueDate;
        this.status = Status.PLANNED;
    }

    void update(Status newStatus, String newNote) {
        this.status = newStatus;
        this.note = newNote;
    }

    /** Past its due date and not done. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != Status.DONE && status != Status.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public String getContent() {
        return content;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Status getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
