package vn.chibo.recognition.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Gương người tốt, việc tốt: officers and secretaries write stories about members and
 * organizations in their scope, publish them and withdraw them. Everyone in scope reads them; a
 * member reads the stories about himself and those published in his own cell.
 */
@Service
@Transactional(readOnly = true)
public class GoodExampleService {

    private final GoodExampleRepository examples;
    private final Subjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoodExampleService(GoodExampleRepository examples, Subjects subjects, ApplicationEventPublisher events, Clock clock) {
        this.examples = examples;
        this.subjects = subjects;
        this.events = events;
        this.clock = clock;
    }

    public GoodExample get(long id) {
        ChiboUser user = CurrentUser.get();
        return examples.findById(id).filter(e -> RecognitionAccess.mayRead(user, e)).orElseThrow(() -> new NotFoundException("GoodExample", id));
    }

    @Transactional
    public GoodExample create(GoodExampleInput input) {
        input.clean();
        Subject subject = subjects.require(input.getPersonId(), input.getOrganizationId(), "recognition.error.exactlyOneSubject");
        requireMayWrite();
        check(input);
        GoodExample example = new GoodExample(subject, CurrentUser.actorName(), clock.instant());
        example.apply(input, clock.instant());
        examples.save(example);
        events.publishEvent(AuditRecord.of("CREATE", "GoodExample", example.getId(), example.getOrgPath(),
                example.getSubjectName() + ": " + example.getTitle(), Changes.created(example.snapshot())));
        return example;
    }

    @Transactional
    public GoodExample update(long id, GoodExampleInput input) {
        GoodExample example = writable(id, input.getVersion());
        input.clean();
        check(input);
        var before = example.snapshot();
        example.apply(input, clock.instant());
        examples.flush();
        events.publishEvent(AuditRecord.of("UPDATE", "GoodExample", id, example.getOrgPath(),
                example.getSubjectName() + ": " + example.getTitle(), Changes.between(before, example.snapshot())));
        return example;
    }

    /** Đăng: a draft or a withdrawn story becomes public, dated today. */
    @Transactional
    public GoodExample publish(long id, Long version) {
        GoodExample example = writable(id, version);
        if (example.getStatus() == GoodExampleStatus.PUBLISHED) {
            throw new BusinessRuleException("status", "recognition.goodExample.error.alreadyPublished");
        }
        var before = example.snapshot();
        example.publish(LocalDate.now(clock), clock.instant());
        examples.flush();
        events.publishEvent(AuditRecord.of("PUBLISH", "GoodExample", id, example.getOrgPath(), example.getTitle(),
                Changes.between(before, example.snapshot())));
        return example;
    }

    /** Gỡ: a published story is taken down (kept, and may be published again). */
    @Transactional
    public GoodExample withdraw(long id, Long version) {
        GoodExample example = writable(id, version);
        if (example.getStatus() != GoodExampleStatus.PUBLISHED) {
            throw new BusinessRuleException("status", "recognition.goodExample.error.notPublished");
        }
        var before = example.snapshot();
        example.withdraw(clock.instant());
        examples.flush();
        events.publishEvent(AuditRecord.of("WITHDRAW", "GoodExample", id, example.getOrgPath(), example.getTitle(),
                Changes.between(before, example.snapshot())));
        return example;
    }

    private GoodExample writable(long id, Long version) {
        GoodExample example = get(id);
        if (!RecognitionAccess.mayWrite(CurrentUser.get(), example)) {
            throw new ForbiddenException("write good examples");
        }
        if (version == null) {
            throw new BusinessRuleException("version", "validation.versionRequired");
        }
        if (version != example.getVersion()) {
            throw new ConcurrentEditException();
        }
        return example;
    }

    private void requireMayWrite() {
        if (!RecognitionAccess.mayWriteGoodExamples(CurrentUser.get())) {
            throw new ForbiddenException("write good examples");
        }
    }

    private void check(GoodExampleInput input) {
        if (input.getTitle() == null) {
            throw new BusinessRuleException("title", "validation.required");
        }
        if (input.getTitle().length() > 300) {
            throw new BusinessRuleException("title", "recognition.error.tooLong", 300);
        }
        if (input.getStory() == null) {
            throw new BusinessRuleException("story", "validation.required");
        }
        if (input.getStory().length() > 4000) {
            throw new BusinessRuleException("story", "recognition.error.tooLong", 4000);
        }
        if (input.getStoryDate() == null) {
            throw new BusinessRuleException("storyDate", "validation.required");
        }
        if (input.getStoryDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("storyDate", "validation.date.notFuture");
        }
    }
}
