package vn.chibo.recognition.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chibo.shared.text.VietnameseText;

/**
 * Gương người tốt, việc tốt: a short story (title, text, date) about exactly one member or party
 * organization, written for publicising, with its publication status (nháp, đã đăng, đã gỡ).
 */
@Entity
@Table(name = "good_example")
public class GoodExample {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectKind;
    private Long personId;
    private Long subjectOrgId;
    private Long organizationId;
    private String orgPath;
    private String subjectName;
    private String title;
    private String story;
    private LocalDate storyDate;
    private String searchKey;
    @Enumerated(EnumType.STRING)
    private GoodExampleStatus status;
    private LocalDate publishedAt;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected GoodExample() {
    }

    GoodExample(Subject subject, String createdBy, Instant now) {
        this.subjectKind = subject.type();
        this.personId = subject.personId();
        this.subjectOrgId = subject.subjectOrgId();
        this.organizationId = subject.organizationId();
        this.orgPath = subject.orgPath();
        this.subjectName = subject.name();
        this.status = GoodExampleStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = createdAt;
    }

    void apply(GoodExampleInput input, Instant now) {
        this.title = input.getTitle();
        this.story = input.getStory();
        this.storyDate = input.getStoryDate();
        this.searchKey = VietnameseText.searchKey(subjectName + " " + title);
        this.updatedAt = now;
    }

    void publish(LocalDate on, Instant now) {
        this.status = GoodExampleStatus.PUBLISHED;
        this.publishedAt = on;
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        this.status = GoodExampleStatus.WITHDRAWN;
        this.updatedAt = now;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subjectName);
        s.put("title", title);
        s.put("story", story);
        s.put("storyDate", storyDate);
        s.put("status", status);
        s.put("publishedAt", publishedAt);
        return s;
    }

    public Long getId() {
        return id;
    }

    public SubjectType getSubjectKind() {
        return subjectKind;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getSubjectOrgId() {
        return subjectOrgId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrgPath() {
        return orgPath;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getTitle() {
        return title;
    }

    public String getStory() {
        return story;
    }

    public LocalDate getStoryDate() {
        return storyDate;
    }

    public GoodExampleStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedAt() {
        return publishedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
