package vn.chibo.statistics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.statistics.Review;
import vn.chibo.statistics.ReviewFigures;
import vn.chibo.statistics.ReviewPeriod;

/**
 * The review of an organization the account may see (404 otherwise), live or, for a locked period,
 * from the lock's snapshot with the figures that changed since; locking (officers) and unlocking
 * (administrators, with a reason), both audited.
 */
@Service
public class ReviewFiguresService implements ReviewFigures {

    private final ReviewAssembler assembler;
    private final ReviewAnswers answers;
    private final ReviewRefresher refresher;
    private final ReviewLocks locks;
    private final ReviewSnapshots snapshots;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** How long a reader may wait for an answer computed in the background before its ask counts as a new one. */
    private static final Duration WAITED = Duration.ofMinutes(15);
    /** Subtrees of this many active organizations or more are computed in the background for {@link #reviewWhenReady}. */
    private final long backgroundAbove;

    ReviewFiguresService(ReviewAssembler assembler, ReviewAnswers answers, ReviewRefresher refresher, ReviewLocks locks,
                         ReviewSnapshots snapshots, OrganizationDirectory organizations, ApplicationEventPublisher events,
                         Clock clock,
                         @Value("${chibo.statistics.answers.background-above-organizations:5000}") long backgroundAbove) {
        this.backgroundAbove = backgroundAbove;
        this.assembler = assembler;
        this.answers = answers;
        this.refresher = refresher;
        this.locks = locks;
        this.snapshots = snapshots;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Review review(long organizationId, ReviewPeriod period) {
        return answer(organizationId, period, true, null).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Review> reviewWhenReady(long organizationId, ReviewPeriod period, Instant askedAt) {
        Instant now = clock.instant();
        Instant since = askedAt == null || askedAt.isAfter(now) || askedAt.isBefore(now.minus(WAITED)) ? null : askedAt;
        return answer(organizationId, period, false, since);
    }

    private Optional<Review> answer(long organizationId, ReviewPeriod period, boolean inline, Instant since) {
        OrganizationRef root = visible(organizationId, Permission.READ_REVIEW_FIGURES);
        var lock = locks.active(root.id(), period);
        Optional<Review> computed = current(root, period, inline, since);
        if (computed.isEmpty() || lock.isEmpty()) {
            return computed;
        }
        Review live = computed.get();
        Review frozen = snapshots.read(lock.get().snapshot(), lock.get().lock(), List.of());
        return Optional.of(new Review(frozen.organization(), frozen.from(), frozen.to(), frozen.figures(), frozen.years(),
                frozen.rows(), frozen.lock(), changes(frozen.figures(), live.figures())));
    }

    /** The live figures, ignoring any lock (what a lock would freeze now). */
    @Transactional(readOnly = true)
    public Review live(long organizationId, ReviewPeriod period) {
        return current(visible(organizationId, Permission.READ_REVIEW_FIGURES), period, true, null).orElseThrow();
    }

    /** The live figures from the raw rows (the single pass), never from a kept answer: what a stale read costs. */
    @Transactional(readOnly = true)
    public Review raw(long organizationId, ReviewPeriod period) {
        return assembler.assemble(visible(organizationId, Permission.READ_REVIEW_FIGURES), period);
    }

    /**
     * Empties the figure change journal (every kept answer is then computed again), as the background refresher does
     * once the journal passes its limit (benchmarks, operations).
     */
    @Transactional
    public void compactJournal() {
        answers.compact();
    }

    /** Computes and keeps the answer now, as the background refresher does (benchmarks, operations). */
    public void keep(long organizationId, ReviewPeriod period) {
        refresher.refresh(visible(organizationId, Permission.READ_REVIEW_FIGURES), period);
    }

    /**
     * The live figures: the kept answer while the database says it is exact ({@link ReviewAnswers#fresh}), else that
     * answer with the sources whose tables changed since counted anew from the raw rows (all of them when there is
     * none, {@link ReviewRefresher#upToDate}). A read-only transaction (no write of its own to see) hands what it computed to
     * the refresher to keep, stamped as read before computing, so that the reads after it are served from it without
     * a second computation; any other read has the answer computed again in the background. Not {@code inline}, a
     * subtree of {@link #backgroundAbove} organizations or more is left to the background: empty until it is kept, and
     * an answer kept since the reader first asked ({@code since}) then serves, as exact as a pass started at that time.
     */
    private Optional<Review> current(OrganizationRef root, ReviewPeriod period, boolean inline, Instant since) {
        if (!ReviewAnswers.kept(period)) {
            return Optional.of(assembler.assemble(root, period));
        }
        Instant startedAt = clock.instant();
        ReviewAnswers.Found found = answers.find(root.id(), root.path(), period);
        var answer = found.fresh();
        if (answer.isPresent()) {
            refresher.asked(root, period, true);
            assembler.remember(answer.get().derivations());
            return Optional.of(assembler.named(root, answer.get().review()));
        }
        if (since != null) {
            var waitedFor = answers.keptSince(root.id(), period, since);
            if (waitedFor.isPresent()) {
                assembler.remember(waitedFor.get().derivations());
                return Optional.of(assembler.named(root, waitedFor.get().review()));
            }
        }
        if (!inline && refresher.computesInBackground()
                && organizations.countActiveUpTo(root.path(), backgroundAbove) >= backgroundAbove) {
            refresher.asked(root, period, false);
            return Optional.empty();
        }
        ReviewAssembler.Pass pass = refresher.upToDate(root, period, found);
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // the read may see its own transaction's uncommitted writes: not an answer to keep for others
            refresher.asked(root, period, false);
        } else {
            refresher.computed(root, period, found.stamp(), startedAt, pass);
        }
        return Optional.of(pass.review());
    }

    /**
     * The same live figures by the reference path (every source per year from the raw rows, no single pass), which
     * the fast path is tested against.
     */
    @Transactional(readOnly = true)
    public Review reference(long organizationId, ReviewPeriod period) {
        return assembler.reference(visible(organizationId, Permission.READ_REVIEW_FIGURES), period);
    }

    /** Derived figures (shares, averages): key → numerator key, denominator key, ‘share’ or ‘ratio’. */
    public Map<String, List<String>> derivations() {
        return assembler.derivations();
    }

    /** The account's own organization, or for an administrator without one the first root of the tree. */
    public long defaultOrganization() {
        ChiboUser user = CurrentUser.get();
        return user.scopeOrganizationId() != null ? user.scopeOrganizationId() : assembler.firstRoot();
    }

    @Transactional
    public Review.Lock lock(long organizationId, ReviewPeriod period) {
        ChiboUser user = CurrentUser.get();
        if (!user.may(Permission.LOCK_REVIEW_FIGURES)) {
            organizations.requireVisible(organizationId);
            throw new ForbiddenException("lock review figures");
        }
        OrganizationRef root = organizations.lockVisible(organizationId);
        if (locks.active(root.id(), period).isPresent()) {
            throw new BusinessRuleException("period", "statistics.error.alreadyLocked");
        }
        Review review = assembler.assemble(root, period);
        var at = clock.instant();
        String name = VietnameseText.clean(user.displayName());
        long id = locks.insert(root.id(), root.path(), period, snapshots.write(review), at, user.getUsername(),
                name == null || name.isBlank() ? user.getUsername() : name);
        events.publishEvent(AuditRecord.of("LOCK", "ReviewLock", id, root.path(),
                "Chốt số liệu " + root.name() + " " + period.from() + " – " + period.to(),
                Map.of("period", new Object[] {null, period.from() + "/" + period.to()})));
        return new Review.Lock(id, at, name == null || name.isBlank() ? user.getUsername() : name);
    }

    @Transactional
    public void unlock(long lockId, String reason) {
        ChiboUser user = CurrentUser.get();
        var lock = locks.find(lockId).orElseThrow(() -> new NotFoundException("ReviewLock", lockId));
        organizations.requireVisible(lock.organizationId());
        if (!user.isAdmin()) {
            throw new ForbiddenException("unlock review figures");
        }
        String why = VietnameseText.clean(reason);
        if (why == null || why.isBlank()) {
            throw new BusinessRuleException("reason", "statistics.error.reasonRequired");
        }
        if (why.length() > 1000) {
            throw new BusinessRuleException("reason", "statistics.error.reasonTooLong");
        }
        if (!locks.unlock(lockId, lock.version(), clock.instant(), user.getUsername(), why)) {
            throw new ConcurrentEditException();
        }
        events.publishEvent(AuditRecord.of("UNLOCK", "ReviewLock", lockId, lock.orgPath(),
                "Mở chốt số liệu " + lock.from() + " – " + lock.to() + ": " + why,
                Map.of("unlockReason", new Object[] {null, why})));
    }

    private OrganizationRef visible(long organizationId, Permission permission) {
        OrganizationRef root = organizations.requireVisible(organizationId);
        if (!CurrentUser.get().may(permission)) {
            throw new ForbiddenException("read review figures");
        }
        return root;
    }

    /** Keys whose current value differs from the locked one (a key present on one side only counts too). */
    static List<Review.Change> changes(Map<String, Number> locked, Map<String, Number> current) {
        List<Review.Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(locked.keySet());
        keys.addAll(current.keySet());
        for (String key : keys) {
            Number before = locked.get(key);
            Number now = current.get(key);
            if (!same(before, now)) {
                changes.add(new Review.Change(key, before, now));
            }
        }
        return changes;
    }

    private static boolean same(Number a, Number b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
    }
}
