package vn.chibo.evaluation.internal;

import java.nio.charset.StandardCharsets;
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

/**
 * Rulebooks: who sees which (system-wide ones, those adapted in the account's subtree, and those
 * adapted above it, which apply to it), copying for adaptation, revisions, editing drafts,
 * publishing, import and export.
 */
@Service
@Transactional(readOnly = true)
public class RulebookService {

    static final int MAX_IMPORT_BYTES = 1024 * 1024;
    private static final String ENTITY = "Rulebook";

    private final RulebookRepository rulebooks;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final List<vn.chibo.evaluation.IndicatorSource> sources;
    private final Clock clock;

    RulebookService(RulebookRepository rulebooks, OrganizationDirectory organizations, ApplicationEventPublisher events,
                    List<vn.chibo.evaluation.IndicatorSource> sources, Clock clock) {
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
        return rulebooks.findById(id).filter(r -> visibleTo(user, r)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Unscoped: for a programme's own rulebook, which whoever sees the programme may read. */
    Optional<Rulebook> find(long id) {
        return rulebooks.findById(id);
    }

    public List<Rulebook> revisions(Rulebook rulebook) {
        ChiboUser user = CurrentUser.get();
        return rulebooks.findByCodeOrderByRevisionDesc(rulebook.getCode()).stream().filter(r -> visibleTo(user, r)).toList();
    }

    public RulebookDefinition definition(Rulebook rulebook) {
        return RulebookJson.parse(rulebook.getDefinitionJson());
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

    /**
     * Nhập quy chế từ tệp JSON hoặc YAML: a new draft (the next revision when the code exists and
     * may be changed). All or nothing: the file is checked completely before anything is saved.
     */
    @Transactional
    public Rulebook importFile(byte[] content, String filename) {
        if (!mayAdapt()) {
            throw new ForbiddenException("import rulebooks");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "rulebook.error.fileEmpty");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new BusinessRuleException("file", "rulebook.error.fileTooLarge", MAX_IMPORT_BYTES / 1024);
        }
        RulebookJson.Format format = formatOf(filename);
        String text = text(content);
        if (format == RulebookJson.Format.YAML && text.stripLeading().startsWith("{")) {
            // YAML is a superset of JSON: a JSON document saved as .yaml is read as JSON, with JSON's messages
            format = RulebookJson.Format.JSON;
        } else if (format == RulebookJson.Format.JSON && !text.stripLeading().startsWith("{")) {
            throw new BusinessRuleException("file", "rulebook.error.notJson");
        }
        RulebookJson.Document document = RulebookJson.parseDocument(text, format);
        if (document.code() == null || !document.code().matches("[A-Z0-9_]{3,60}") || document.kind() == null
                || document.subjectKind() == null || VietnameseText.clean(document.nameVi()) == null
                || document.definition() == null) {
            throw new BusinessRuleException("file", "rulebook.error.documentIncomplete");
        }
        String json = checkedDefinition(document.kind(), RulebookJson.write(document.definition()));
        ChiboUser user = CurrentUser.get();
        OrganizationRef owner = user.isAdmin() || user.scopeOrganizationId() == null ? null
                : organizations.find(user.scopeOrganizationId()).orElse(null);
        List<Rulebook> existing = rulebooks.findByCodeOrderByRevisionDesc(document.code());
        int revision = 1;
        if (!existing.isEmpty()) {
            Rulebook latest = existing.get(0);
            if (!visibleTo(user, latest) || !mayChange(latest) || !Objects.equals(latest.getOwnerOrgId(), owner == null ? null : owner.id())) {
                throw new BusinessRuleException("file", "rulebook.error.codeTaken", document.code());
            }
            revision = latest.getRevision() + 1;
        }
        Rulebook imported = rulebooks.save(new Rulebook(document.code(), revision, document.kind(), document.subjectKind(),
                VietnameseText.clean(document.nameVi()), VietnameseText.clean(document.nameEn() == null ? document.nameVi() : document.nameEn()),
                VietnameseText.clean(document.description()), document.yearFrom(), document.yearTo(),
                owner == null ? null : owner.id(), owner == null ? null : owner.path(), null, Rulebook.Status.DRAFT, json,
                user.getUsername(), clock.instant()));
        audit("IMPORT", imported, Changes.created(imported.snapshot()));
        return imported;
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

    /** The format a file name announces: .json, or .yaml/.yml; anything else is refused. */
    static RulebookJson.Format formatOf(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return RulebookJson.Format.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return RulebookJson.Format.YAML;
        }
        throw new BusinessRuleException("file", "rulebook.error.fileType");
    }

    /** The file as UTF-8 text without a byte order mark; binary content (NUL bytes, invalid UTF-8) is refused. */
    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new BusinessRuleException("file", "rulebook.error.notText");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BusinessRuleException("file", "rulebook.error.notText");
        }
    }

    /** Parses, checks and re-serialises a definition; problems become one rule violation listing them all. */
    String checkedDefinition(Rulebook.Kind kind, String json) {
        RulebookDefinition definition = RulebookJson.parse(json);
        List<String[]> problems = RulebookJson.problems(kind, definition);
        if (!problems.isEmpty()) {
            throw new RulebookProblems(problems);
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

    private void audit(String action, Rulebook rulebook, Map<String, Object[]> changes) {
        events.publishEvent(AuditRecord.of(action, ENTITY, rulebook.getId(), rulebook.getOwnerPath(),
                rulebook.getCode() + " r" + rulebook.getRevision(), changes));
    }

    /** A definition that cannot be used, with every problem found (message key, code concerned). */
    public static class RulebookProblems extends BusinessRuleException implements vn.chibo.shared.web.ProblemList {

        private final transient List<String[]> problems;

        RulebookProblems(List<String[]> problems) {
            super("definition", "rulebook.error.problems", problems.size());
            this.problems = List.copyOf(problems);
        }

        @Override
        public List<String[]> problems() {
            return problems;
        }
    }
}
