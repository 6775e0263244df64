package vn.chibo.inspection.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.chibo.shared.text.VietnameseText;

/** The inspector's verification of one action: effective or not, a note, the date; carries the action's version. */
public class VerificationInput implements java.io.Serializable {

    @NotNull(message = "{validation.required}")
    private Verification result;
    @Size(max = 2000, message = "{validation.size.max}")
    private String note;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate verifiedOn;
    private Long version;

    void clean() {
        note = VietnameseText.clean(note);
    }

    public Verification getResult() {
        return result;
    }

    public void setResult(Verification result) {
        this.result = result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
