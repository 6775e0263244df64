package vn.chibo.development.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One person's way through party development, with the data of the dossier forms and every resolution. */
@Entity
@Table(name = "development_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private Long organizationId;
    private String orgPath;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private LocalDate stageSince;
    private Long mentorPersonId;
    private String certificateNumber;
    private LocalDate certificateOn;
    private Long introducer1Id;
    private LocalDate introducer1Since;
    private Long introducer2Id;
    private LocalDate introducer2Since;
    private String dossier;
    private LocalDate cellResolutionOn;
    private Integer cellVotesFor;
    private Integer cellVotesAgainst;
    private Integer cellOfficialMembers;
    private LocalDate committeeResolutionOn;
    private String decisionNumber;
    private LocalDate decisionOn;
    private boolean decisionExtended;
    private LocalDate ceremonyOn;
    private Long probationHelperId;
    private LocalDate probationEnd;
    private String selfReview;
    private String helperComment;
    private LocalDate recognitionCellOn;
    private Integer recognitionVotesFor;
    private Integer recognitionVotesAgainst;
    private Integer recognitionOfficialMembers;
    private String recognitionDecisionNumber;
    private LocalDate recognitionDecisionOn;
    private boolean recognitionExtended;
    private String closedReason;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Candidate() {
    }

    Candidate(long personId, long organizationId, String orgPath, Stage stage, LocalDate since, Long mentorPersonId, Instant now) {
        this.personId = personId;
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.stage = stage;
        this.stageSince = since;
        this.mentorPersonId = mentorPersonId;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void moveTo(Stage next, LocalDate on, Instant now) {
        this.stage = next;
        this.stageSince = on;
        this.updatedAt = now;
    }

    public Set<DossierItem> dossierItems() {
        if (dossier == null || dossier.isBlank()) {
            return EnumSet.noneOf(DossierItem.class);
        }
        return Arrays.stream(dossier.split(",")).map(DossierItem::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DossierItem.class)));
    }

    void setDossierItems(Set<DossierItem> items) {
        this.dossier = items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    void certificate(String number, LocalDate on) {
        this.certificateNumber = number;
        this.certificateOn = on;
    }

    void introducers(Long first, LocalDate firstSince, Long second, LocalDate secondSince) {
        this.introducer1Id = first;
        this.introducer1Since = firstSince;
        this.introducer2Id = second;
        this.introducer2Since = secondSince;
    }

    void cellResolution(LocalDate on, int votesFor, int votesAgainst, int officialMembers) {
        this.cellResolutionOn = on;
        this.cellVotesFor = votesFor;
        this.cellVotesAgainst = votesAgainst;
        this.cellOfficialMembers = officialMembers;
    }

    void committeeResolution(LocalDate on) {
        this.committeeResolutionOn = on;
    }

    void decision(String number, LocalDate on) {
        this.decisionNumber = number;
        this.decisionOn = on;
    }

    void ceremony(LocalDate on, Long helperId, LocalDate probationEnd) {
        this.ceremonyOn = on;
        this.probationHelperId = helperId;
        this.probationEnd = probationEnd;
    }

    void recognitionResolution(String selfReview, String helperComment, LocalDate on, int votesFor, int votesAgainst,
                               int officialMembers) {
        this.selfReview = selfReview;
        this.helperComment = helperComment;
        this.recognitionCellOn = on;
        this.recognitionVotesFor = votesFor;
        this.recognitionVotesAgainst = votesAgainst;
        this.recognitionOfficialMembers = officialMembers;
    }

    void recognitionDecision(String number, LocalDate on) {
        this.recognitionDecisionNumber = number;
        this.recognitionDecisionOn = on;
    }

    void extendDecision() {
        this.decisionExtended = true;
    }

    void extendRecognition() {
        this.recognitionExtended = true;
    }

    void close(String reason) {
        this.closedReason = reason;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("stage", stage);
        v.put("stageSince", stageSince);
        v.put("mentorPersonId", mentorPersonId);
        v.put("certificateNumber", certificateNumber);
        v.put("certificateOn", certificateOn);
        v.put("introducer1Id", introducer1Id);
        v.put("introducer1Since", introducer1Since);
        v.put("introducer2Id", introducer2Id);
        v.put("introducer2Since", introducer2Since);
        v.put("dossier", dossier);
        v.put("cellResolutionOn", cellResolutionOn);
        v.put("cellVotes", cellVotesFor == null ? null : cellVotesFor + "/" + cellOfficialMembers);
        v.put("committeeResolutionOn", committeeResolutionOn);
        v.put("decision", decisionNumber == null ? null : decisionNumber + " " + decisionOn);
        v.put("decisionExtended", decisionExtended);
        v.put("ceremonyOn", ceremonyOn);
        v.put("probationHelperId", probationHelperId);
        v.put("probationEnd", probationEnd);
        v.put("recognitionCellOn", recognitionCellOn);
        v.put("recognitionVotes", recognitionVotesFor == null ? null : recognitionVotesFor + "/" + recognitionOfficialMembers);
        v.put("recognitionDecision", recognitionDecisionNumber == null ? null : recognitionDecisionNumber + " " + recognitionDecisionOn);
        v.put("recognitionExtended", recognitionExtended);
        v.put("closedReason", closedReason);
        return v;
    }

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public Long getOrganizationId() { return organizationId; }
    public String getOrgPath() { return orgPath; }
    public Stage getStage() { return stage; }
    public LocalDate getStageSince() { return stageSince; }
    public Long getMentorPersonId() { return mentorPersonId; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getCertificateOn() { return certificateOn; }
    public Long getIntroducer1Id() { return introducer1Id; }
    public LocalDate getIntroducer1Since() { return introducer1Since; }
    public Long getIntroducer2Id() { return introducer2Id; }
    public LocalDate getIntroducer2Since() { return introducer2Since; }
    public LocalDate getCellResolutionOn() { return cellResolutionOn; }
    public Integer getCellVotesFor() { return cellVotesFor; }
    public Integer getCellVotesAgainst() { return cellVotesAgainst; }
    public Integer getCellOfficialMembers() { return cellOfficialMembers; }
    public LocalDate getCommitteeResolutionOn() { return committeeResolutionOn; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecisionOn() { return decisionOn; }
    public boolean isDecisionExtended() { return decisionExtended; }
    public LocalDate getCeremonyOn() { return ceremonyOn; }
    public Long getProbationHelperId() { return probationHelperId; }
    public LocalDate getProbationEnd() { return probationEnd; }
    public String getSelfReview() { return selfReview; }
    public String getHelperComment() { return helperComment; }
    public LocalDate getRecognitionCellOn() { return recognitionCellOn; }
    public Integer getRecognitionVotesFor() { return recognitionVotesFor; }
    public Integer getRecognitionVotesAgainst() { return recognitionVotesAgainst; }
    public Integer getRecognitionOfficialMembers() { return recognitionOfficialMembers; }
    public String getRecognitionDecisionNumber() { return recognitionDecisionNumber; }
    public LocalDate getRecognitionDecisionOn() { return recognitionDecisionOn; }
    public boolean isRecognitionExtended() { return recognitionExtended; }
    public String getClosedReason() { return closedReason; }
    public long getVersion() { return version; }
}
