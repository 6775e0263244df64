package vn.chibo.recognition.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.chibo.shared.text.VietnameseText;

/** Form and API body of a good example. The subject is exactly one of {@code personId} and {@code organizationId}. */
public class GoodExampleInput {

    /** On the page: which of the two pickers counts (the other is ignored). */
    private SubjectType subjectType;
    private Long personId;
    private Long organizationId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String title;
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size.max}")
    private String story;
    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.date.notFuture}")
    
    private LocalDate storyDate;
    private Long version;

    public static GoodExampleInput of(GoodExample example) {
        GoodExampleInput input = new GoodExampleInput();
        input.subjectType = example.getSubjectKind();
        input.personId = example.getPersonId();
        input.organizationId = example.getSubjectOrgId();
        input.title = example.getTitle();
        input.story = example.getStory();
        input.storyDate = example.getStoryDate();
        input.version = example.getVersion();
        return input;
    }

    /** Text fields NFC-normalized and trimmed, blanks as null; the story keeps its paragraphs. */
    void clean() {
        title = VietnameseText.clean(title);
        story = story == null ? null : VietnameseText.clean(story) == null ? null
                : java.util.Arrays.stream(story.split("\\R")).map(VietnameseText::clean).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Page forms choose the kind of subject first: the other picker's value is dropped. */
    public void keepChosenSubject() {
        if (subjectType == SubjectType.PERSON) {
            organizationId = null;
        } else if (subjectType == SubjectType.ORGANIZATION) {
            personId = null;
        }
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(SubjectType subjectType) {
        this.subjectType = subjectType;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public LocalDate getStoryDate() {
        return storyDate;
    }

    public void setStoryDate(LocalDate storyDate) {
        this.storyDate = storyDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
