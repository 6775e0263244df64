package vn.chibo.development.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** What is typed for the next step of a candidate (only the fields of that step are used). */
public class StepForm implements java.io.Serializable {

    private LocalDate on;
    private String number;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer officialMembers;
    private String certificateNumber;
    private LocalDate certificateOn;
    private Long introducer1Id;
    private LocalDate introducer1Since;
    private Long introducer2Id;
    private LocalDate introducer2Since;
    private Set<DossierItem> dossier = EnumSet.noneOf(DossierItem.class);
    private Long helperId;
    private String selfReview;
    private String helperComment;
    private String reason;
    private Long version;

    public static StepForm of(Candidate c, LocalDate today) {
        StepForm form = new StepForm();
        form.certificateNumber = c.getCertificateNumber();
        form.certificateOn = c.getCertificateOn();
        form.introducer1Id = c.getIntroducer1Id();
        form.introducer1Since = c.getIntroducer1Since();
        form.introducer2Id = c.getIntroducer2Id();
        form.introducer2Since = c.getIntroducer2Since();
        form.dossier = c.dossierItems();
        form.helperId = c.getProbationHelperId();
        form.selfReview = c.getSelfReview();
        form.helperComment = c.getHelperComment();
        form.version = c.getVersion();
        form.on = today;
        return form;
    }

    /** After another step failed: the dossier fields show what is saved, not the blanks of that step's form. */
    public StepForm keepingDossierOf(Candidate c) {
        StepForm saved = of(c, on);
        this.introducer1Id = saved.introducer1Id;
        this.introducer1Since = saved.introducer1Since;
        this.introducer2Id = saved.introducer2Id;
        this.introducer2Since = saved.introducer2Since;
        this.dossier = saved.dossier;
        if (this.certificateOn == null) {
            this.certificateNumber = saved.certificateNumber;
            this.certificateOn = saved.certificateOn;
        }
        return this;
    }

    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Integer getVotesFor() { return votesFor; }
    public void setVotesFor(Integer votesFor) { this.votesFor = votesFor; }
    public Integer getVotesAgainst() { return votesAgainst; }
    public void setVotesAgainst(Integer votesAgainst) { this.votesAgainst = votesAgainst; }
    public Integer getOfficialMembers() { return officialMembers; }
    public void setOfficialMembers(Integer officialMembers) { this.officialMembers = officialMembers; }
    public String getCertificateNumber() { return certificateNumber; }
    public void setCertificateNumber(String certificateNumber) { this.certificateNumber = certificateNumber; }
    public LocalDate getCertificateOn() { return certificateOn; }
    public void setCertificateOn(LocalDate certificateOn) { this.certificateOn = certificateOn; }
    public Long getIntroducer1Id() { return introducer1Id; }
    public void setIntroducer1Id(Long introducer1Id) { this.introducer1Id = introducer1Id; }
    public LocalDate getIntroducer1Since() { return introducer1Since; }
    public void setIntroducer1Since(LocalDate introducer1Since) { this.introducer1Since = introducer1Since; }
    public Long getIntroducer2Id() { return introducer2Id; }
    public void setIntroducer2Id(Long introducer2Id) { this.introducer2Id = introducer2Id; }
    public LocalDate getIntroducer2Since() { return introducer2Since; }
    public void setIntroducer2Since(LocalDate introducer2Since) { this.introducer2Since = introducer2Since; }
    public Set<DossierItem> getDossier() { return dossier; }
    public void setDossier(Set<DossierItem> dossier) { this.dossier = dossier == null ? EnumSet.noneOf(DossierItem.class) : dossier; }
    public Long getHelperId() { return helperId; }
    public void setHelperId(Long helperId) { this.helperId = helperId; }
    public String getSelfReview() { return selfReview; }
    public void setSelfReview(String selfReview) { this.selfReview = selfReview; }
    public String getHelperComment() { return helperComment; }
    public void setHelperComment(String helperComment) { this.helperComment = helperComment; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
