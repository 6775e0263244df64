package vn.chibo.inspection.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.shared.text.VietnameseText;

/** One action of a remediation plan: content, owner (a person), due date. */
public class ActionInput implements java.io.Serializable {

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.size.max}")
    private String content;
    @NotNull(message = "{validation.required}")
    private Long ownerPersonId;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate dueOn;

    void clean() {
        content = VietnameseText.clean(content);
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
