package vn.chibo.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.rules.internal.RulebookRepository;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;

/**
 * The one rule store as the modules see it: which revision of a kind is in force for an organization on a day,
 * the revisions an account may see, and the one lifecycle (a revision is a draft, then published, then retired;
 * in use once a result is judged by it, and never edited). Administrators revise everywhere, officers with
 * {@link Permission#REVISE_RULES} for their subtree; every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class RuleDocuments {

    private static final String ENTITY = "Rulebook";

    private final RulebookRepository store;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<RuleKind> kinds;
    private final Clock clock;

    RuleDocuments(RulebookRepository store, OrganizationDirectory organizations, ApplicationEventPublisher events,
                  org.springframework.beans.factory.ObjectProvider<RuleKind> kinds, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.events = events;
        this.kinds = kinds; // looked up when needed: the kinds themselves use this store
        this.clock = clock;
    }

    /** A revision to add: the body as JSON, for everywhere (no owner) or one organization's subtree. */
    public record Revision(Rulebook.Kind kind, String code, String name, String nameEn, String body, int yearFrom,
                           Integer yearTo, LocalDate validFrom, Long ownerOrgId) {
    }

    /**
     * The revision in force on a day for an organization: among the published revisions covering the day, the one
     * whose owner is nearest above the organization, then the one taking effect last, then the newest revision.
     */
    public Optional<Rulebook> inForce(Rulebook.Kind kind, String orgPath, LocalDate on) {
        return inForce(store.findByKindAndStatus(kind, Rulebook.Status.PUBLISHED), orgPath, on);
    }

    /** The revision in force on each of the days, the revisions read once (a rescoring covers many meeting days). */
    public Map<LocalDate, Rulebook> inForceOn(Rulebook.Kind kind, String orgPath, java.util.Collection<LocalDate> days) {
        List<Rulebook> published = store.findByKindAndStatus(kind, Rulebook.Status.PUBLISHED);
        Map<LocalDate, Rulebook> byDay = new java.util.HashMap<>();
        for (LocalDate day : days) {
            inForce(published, orgPath, day).ifPresent(revision -> byDay.put(day, revision));
        }
        return byDay;
    }

    private static Optional<Rulebook> inForce(List<Rulebook> published, String orgPath, LocalDate on) {
        return published.stream().filter(r -> r.covers(on, orgPath))
                .max(Comparator.comparingInt((Rulebook r) -> r.getOwnerPath() == null ? 0 : r.getOwnerPath().length())
                        .thenComparing(r -> r.getValidFrom() == null ? LocalDate.MIN : r.getValidFrom())
                        .thenComparingInt(Rulebook::getRevision).thenComparingLong(Rulebook::getId));
    }

    /** Every published revision of a kind, unscoped (for figures that apply each organization's own rules). */
    public List<Rulebook> published(Rulebook.Kind kind) {
        return store.findByKindAndStatus(kind, Rulebook.Status.PUBLISHED);
    }

    /** The revisions of a kind the account may see, by code and newest revision first. */
    public List<Rulebook> revisions(Rulebook.Kind kind) {
        ChiboUser user = CurrentUser.get();
        return store.findByKindOrderByCodeAscRevisionDesc(kind).stream().filter(r -> RulebookService.visibleTo(user, r)).toList();
    }

    /** Unscoped: the revision a result was judged by, which whoever sees the result may read. */
    public Optional<Rulebook> find(long id) {
        return store.findById(id);
    }

    /** A revision of a kind the account may see (404 otherwise). */
    public Rulebook get(Rulebook.Kind kind, long id) {
        ChiboUser user = CurrentUser.get();
        return store.findById(id).filter(r -> r.getKind() == kind && RulebookService.visibleTo(user, r))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public boolean mayRevise() {
        return CurrentUser.get().may(Permission.REVISE_RULES);
    }

    /** Administrators change system-wide revisions; officers those owned in their subtree. */
    public boolean mayChange(Rulebook revision) {
        ChiboUser user = CurrentUser.get();
        return user.isAdmin() || (user.may(Permission.REVISE_RULES) && revision.getOwnerPath() != null
                && user.canSee(revision.getOwnerPath()));
    }

    public RuleKind kind(Rulebook.Kind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No rule kind registered for " + kind));
    }

    /** The next revision of a code (or the first of a new code), as a draft. */
    @Transactional
    public Rulebook revise(Revision change) {
        ChiboUser user = CurrentUser.get();
        if (!mayRevise()) {
            throw new ForbiddenException("revise rules");
        }
        RuleKind kind = kind(change.kind());
        if (kind.administratorsOnly() && !user.isAdmin()) {
            throw new ForbiddenException("revise " + change.kind());
        }
        if (change.ownerOrgId() == null && !user.isAdmin()) {
            throw new BusinessRuleException("ownerOrgId", kind.ownerRequiredKey());
        }
        OrganizationRef owner = change.ownerOrgId() == null ? null : organizations.requireVisible(change.ownerOrgId());
        String typedCode = VietnameseText.clean(change.code());
        String code = typedCode == null ? "" : typedCode.toUpperCase(java.util.Locale.ROOT);
        List<Rulebook> earlier = store.findByKindOrderByCodeAscRevisionDesc(change.kind()).stream()
                .filter(r -> r.getCode().equals(code)).toList();
        String name = change.name() == null || change.name().isBlank()
                ? earlier.isEmpty() ? null : earlier.get(0).getNameVi() : VietnameseText.clean(change.name());
        if (code.isEmpty() || name == null) {
            throw new BusinessRuleException("code", "rules.error.code", code);
        }
        String body = kind.checkedBody(change.body() == null ? "" : VietnameseText.clean(change.body()));
        if (change.yearTo() != null && change.yearTo() < change.yearFrom()) {
            throw new BusinessRuleException("yearTo", "validation.date.order");
        }
        int next = earlier.isEmpty() ? 1 : earlier.get(0).getRevision() + 1;
        String nameEn = change.nameEn() == null || change.nameEn().isBlank() ? name : VietnameseText.clean(change.nameEn());
        Rulebook saved = store.save(new Rulebook(code, next, change.kind(), null, name, nameEn, null, change.yearFrom(),
                change.yearTo(), owner == null ? null : owner.id(), owner == null ? null : owner.path(),
                earlier.isEmpty() ? null : earlier.get(0).getId(), Rulebook.Status.DRAFT, body, CurrentUser.actorName(),
                clock.instant()).effectiveFrom(change.validFrom() != null ? change.validFrom() : kind.validFrom(body)));
        audit("REVISE", saved, Changes.created(saved.snapshot()));
        return saved;
    }

    /** A revision that takes effect at once: revised and published in one step (the modules' own revise actions). */
    @Transactional
    public Rulebook reviseAndPublish(Revision change) {
        return publish(change.kind(), revise(change).getId());
    }

    @Transactional
    public Rulebook publish(Rulebook.Kind kind, long id) {
        Rulebook revision = changeable(kind, id);
        if (revision.getStatus() != Rulebook.Status.DRAFT) {
            throw new BusinessRuleException(null, "rulebook.error.notDraft");
        }
        kind(kind).checkedBody(revision.getDefinitionJson());
        Map<String, Object> before = revision.snapshot();
        revision.publish();
        audit("PUBLISH", revision, Changes.between(before, revision.snapshot()));
        return revision;
    }

    @Transactional
    public Rulebook retire(Rulebook.Kind kind, long id) {
        Rulebook revision = changeable(kind, id);
        Map<String, Object> before = revision.snapshot();
        revision.retire();
        audit("RETIRE", revision, Changes.between(before, revision.snapshot()));
        return revision;
    }

    /** A result was judged by this revision: from now on it is read-only. */
    @Transactional
    public void markInUse(long id) {
        store.findById(id).filter(r -> !r.isInUse()).ifPresent(Rulebook::markInUse);
    }

    /** Results were judged by these revisions (generated history: the demo): from now on they are read-only. */
    @Transactional
    public void markInUse(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            store.markInUse(ids);
        }
    }

    /** Unscoped: the first revision of a rulebook code (emulation models and classification rules share one code space). */
    public Optional<Rulebook> firstRevision(String code) {
        return store.findByCodeOrderByRevisionDesc(code).stream().filter(r -> r.getRevision() == 1).findFirst();
    }

    /** Unscoped: the first revision of every code of a kind, whatever its status (the shipped documents). */
    public List<Rulebook> firstRevisions(Rulebook.Kind kind) {
        return store.findByKindOrderByCodeAscRevisionDesc(kind).stream().filter(r -> r.getRevision() == 1).toList();
    }

    /** Installs a shipped document unless its code exists for its kind (the loader's step; no account involved). */
    @Transactional
    public boolean installIfMissing(RuleKind.ShippedRule shipped) {
        if (store.existsByKindInAndCode(java.util.Set.of(shipped.kind()), shipped.code())) {
            return false;
        }
        store.save(new Rulebook(shipped.code(), 1, shipped.kind(), shipped.subjectKind(), shipped.nameVi(), shipped.nameEn(),
                shipped.description(), shipped.yearFrom(), shipped.yearTo(), null, null, null, Rulebook.Status.PUBLISHED,
                shipped.body(), "system", clock.instant()).effectiveFrom(shipped.validFrom()));
        return true;
    }

    private Rulebook changeable(Rulebook.Kind kind, long id) {
        Rulebook revision = get(kind, id);
        if (!mayChange(revision)) {
            throw new ForbiddenException("change rules");
        }
        return revision;
    }

    private void audit(String action, Rulebook revision, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, revision.getId(), revision.getOwnerPath(),
                revision.getKind() + " " + revision.getCode() + " r" + revision.getRevision(), changes));
    }
}
