package vn.chibo.rules;

import vn.chibo.rules.internal.RulebookForm;
import vn.chibo.rules.internal.RulebookRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ConcurrentEditException;
import vn.chibo.shared.web.ForbiddenException;
import vn.chibo.shared.web.NotFoundException;
import vn.chibo.shared.web.Problem;

/**
 * Rulebooks: who sees which (system-wide ones, those adapted in the account's subtree, and those
 * adapted above it, which apply to it), copying for adaptation, revisions, editing drafts,
 * publishing, import and export.
 */
@Service
@Transactional(readOnly = true)
public class RulebookService {

    private static final String ENTITY = "Rulebook";

    private final RulebookRepository rulebooks;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final List<vn.chibo.rules.IndicatorSource> sources;
    private final Clock clock;
    private final Map<String, RulebookDefinition> parsed = java.util.Collections.synchronizedMap(new ParsedDefinitions());

    RulebookService(RulebookRepository rulebooks, OrganizationDirectory organizations, ApplicationEventPublisher events,
                    List<vn.chibo.rules.IndicatorSource> sources, Clock clock) {
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.events = events;
        this.sources = sources;
        this.clock = clock;
    }

    /** Keys of automatic indicator values: those other modules supply and those visible rulebooks already use. */
    public java.util.SortedSet<String> knownSourceKeys() {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        sources.forEach(source -> keys.add(source.key()));
        for (Rulebook rulebook : visible()) {
            if (rulebook.getKind() == Rulebook.Kind.EMULATION_MODEL) {
                definition(rulebook).indicators().stream().map(RulebookDefinition.Indicator::source)
                        .filter(Objects::nonNull).forEach(keys::add);
            }
        }
        return keys;
    }

    public List<Rulebook> visible() {
        ChiboUser user = CurrentUser.get();
        return rulebooks.findAllByOrderByKindAscCodeAscRevisionDesc().stream().filter(r -> visibleTo(user, r)).toList();
    }

    public Rulebook get(long id) {
        ChiboUser user = CurrentUser.get();
        return rulebooks.findById(id).filter(r -> r.getKind().isRulebook() && visibleTo(user, r))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Unscoped: for a programme's or a round's own rulebook, which whoever sees the programme or round may read. */
    public Optional<Rulebook> find(long id) {
        return rulebooks.findById(id);
    }

    public List<Rulebook> revisions(Rulebook rulebook) {
        ChiboUser user = CurrentUser.get();
        return rulebooks.findByCodeOrderByRevisionDesc(rulebook.getCode()).stream().filter(r -> visibleTo(user, r)).toList();
    }

    /**
     * The parsed definition. Parsed once per distinct text (revisions in use never change, and a draft's
     * edit is a new text), so a page that asks many times does not parse many times.
     */
    public RulebookDefinition definition(Rulebook rulebook) {
        return parsed.computeIfAbsent(rulebook.getDefinitionJson(), RulebookJson::parse);
    }

    /** System-wide rulebooks, those owned in the account's subtree, and those owned by an ancestor (they apply to it). */
    static boolean visibleTo(ChiboUser user, Rulebook rulebook) {
        String owner = rulebook.getOwnerPath();
        if (owner == null || user.isAdmin()) {
            return true;
        }
        if (user.canSee(owner)) {
            return true;
        }
        String scope = user.scopePath();
        return scope != null && scope.startsWith(owner);
    }

    /** Administrators change system-wide rulebooks; officers change those owned in their subtree. */
    public boolean mayChange(Rulebook rulebook) {
        ChiboUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return true;
        }
        return user.may(Permission.REVISE_RULES) && rulebook.getOwnerPath() != null && user.canSee(rulebook.getOwnerPath());
    }

    /** Whether the account may adapt (copy) rulebooks at all. */
    public boolean mayAdapt() {
        ChiboUser user = CurrentUser.get();
        return user.may(Permission.REVISE_RULES);
    }

    // ---- changes -----------------------------------------------------------------------------

    /** Sao chép để điều chỉnh: a draft copy owned by the account's organization (system-wide for an administrator). */
    @Transactional
    public Rulebook copy(long id) {
        Rulebook source = get(id);
        if (!mayAdapt()) {
            throw new ForbiddenException("adapt rulebooks");
        }
        ChiboUser user = CurrentUser.get();
        OrganizationRef owner = user.isAdmin() || user.scopeOrganizationId() == null ? null
                : organizations.find(user.scopeOrganizationId()).orElse(null);
        String code = uniqueCode(source.getCode() + (owner == null ? "_BAN_SAO" : "_" + owner.id()));
        Rulebook copy = rulebooks.save(new Rulebook(code, 1, source.getKind(), source.getSubjectKind(),
                source.getNameVi() + (owner == null ? "" : " — " + owner.name()), source.getNameEn(), source.getDescription(),
                source.getYearFrom(), source.getYearTo(), owner == null ? null : owner.id(), owner == null ? null : owner.path(),
                source.getId(), Rulebook.Status.DRAFT, source.getDefinitionJson(), user.getUsername(), clock.instant()));
        audit("COPY", copy, Changes.created(copy.snapshot()));
        return copy;
    }

    /** Sửa đổi quy chế đang dùng: the next revision, as a draft, with the same code and owner. */
    @Transactional
    public Rulebook revise(long id) {
        Rulebook source = get(id);
        requireMayChange(source);
        int next = rulebooks.latestRevision(source.getCode()) + 1;
        Rulebook revision = rulebooks.save(new Rulebook(source.getCode(), next, source.getKind(), source.getSubjectKind(),
                source.getNameVi(), source.getNameEn(), source.getDescription(), source.getYearFrom(), source.getYearTo(),
                source.getOwnerOrgId(), source.getOwnerPath(), source.getId(), Rulebook.Status.DRAFT,
                source.getDefinitionJson(), CurrentUser.actorName(), clock.instant()));
        audit("REVISE", revision, Changes.created(revision.snapshot()));
        return revision;
    }

    @Transactional
    public Rulebook update(long id, RulebookForm form) {
        Rulebook rulebook = get(id);
        requireMayChange(rulebook);
        if (!rulebook.isEditable() || rulebook.getStatus() != Rulebook.Status.DRAFT) {
            throw new BusinessRuleException(null, "rulebook.error.readOnly");
        }
        if (form.getRowVersion() != null && form.getRowVersion() != rulebook.getRowVersion()) {
            throw new ConcurrentEditException();
        }
        if (form.getYearTo() != null && form.getYearTo() < form.getYearFrom()) {
            throw new BusinessRuleException("yearTo", "rulebook.error.years");
        }
        String json = checkedDefinition(rulebook.getKind(), form.getDefinition());
        Map<String, Object> before = rulebook.snapshot();
        rulebook.edit(VietnameseText.clean(form.getNameVi()), VietnameseText.clean(form.getNameEn()),
                VietnameseText.clean(form.getDescription()), form.getYearFrom(), form.getYearTo(), json);
        audit("UPDATE", rulebook, Changes.between(before, rulebook.snapshot()));
        return rulebook;
    }

    /** Ban hành: a complete draft becomes usable. */
    @Transactional
    public Rulebook publish(long id) {
        Rulebook rulebook = get(id);
        requireMayChange(rulebook);
        if (rulebook.getStatus() != Rulebook.Status.DRAFT) {
            throw new BusinessRuleException(null, "rulebook.error.notDraft");
        }
        checkedDefinition(rulebook.getKind(), rulebook.getDefinitionJson());
        Map<String, Object> before = rulebook.snapshot();
        rulebook.publish();
        audit("PUBLISH", rulebook, Changes.between(before, rulebook.snapshot()));
        return rulebook;
    }

    @Transactional
    public Rulebook retire(long id) {
        Rulebook rulebook = get(id);
        requireMayChange(rulebook);
        Map<String, Object> before = rulebook.snapshot();
        rulebook.retire();
        audit("RETIRE", rulebook, Changes.between(before, rulebook.snapshot()));
        return rulebook;
    }

    public String exportJson(long id) {
        return export(id, RulebookJson.Format.JSON);
    }

    /** The exchange document of a rulebook in JSON or YAML (the same content). */
    public String export(long id, RulebookJson.Format format) {
        Rulebook rulebook = get(id);
        return RulebookJson.write(new RulebookJson.Document(rulebook.getCode(), rulebook.getKind(), rulebook.getSubjectKind(),
                rulebook.getNameVi(), rulebook.getNameEn(), rulebook.getDescription(), rulebook.getYearFrom(),
                rulebook.getYearTo(), definition(rulebook)), format);
    }

    /** Parses, checks and re-serialises a definition; problems become one rule violation listing them all. */
    String checkedDefinition(Rulebook.Kind kind, String json) {
        RulebookDefinition definition = RulebookJson.parse(json);
        List<Problem> problems = RulebookJson.problems(kind, definition);
        if (!problems.isEmpty()) {
            throw BusinessRuleException.of("definition", "rulebook.error.problems", problems, problems.size());
        }
        return RulebookJson.write(definition);
    }

    private String uniqueCode(String base) {
        String code = base.length() > 55 ? base.substring(0, 55) : base;
        String candidate = code;
        for (int i = 2; rulebooks.existsByCode(candidate); i++) {
            candidate = code + "_" + i;
        }
        return candidate;
    }

    private void requireMayChange(Rulebook rulebook) {
        if (!mayChange(rulebook)) {
            throw new ForbiddenException("change rulebook");
        }
    }

    void audit(String action, Rulebook rulebook, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, rulebook.getId(), rulebook.getOwnerPath(),
                rulebook.getCode() + " r" + rulebook.getRevision(), changes));
    }

    /** The most recently used parsed definitions, a few hundred at most. */
    private static final class ParsedDefinitions extends java.util.LinkedHashMap<String, RulebookDefinition> {

        ParsedDefinitions() {
            super(64, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RulebookDefinition> eldest) {
            return size() > 256;
        }
    }
}
