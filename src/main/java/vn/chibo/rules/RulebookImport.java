package vn.chibo.rules;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.rules.internal.RulebookFile;
import vn.chibo.rules.internal.RulebookRepository;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;

/** Rulebooks brought in from an exchange file (JSON or YAML), checked whole before anything is saved. */
@Service
@Transactional(readOnly = true)
public class RulebookImport {

    static final int MAX_IMPORT_BYTES = 1024 * 1024;

    private final RulebookRepository store;
    private final RulebookService rulebooks;
    private final OrganizationDirectory organizations;
    private final Clock clock;

    RulebookImport(RulebookRepository store, RulebookService rulebooks, OrganizationDirectory organizations, Clock clock) {
        this.store = store;
        this.rulebooks = rulebooks;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Nhập quy chế từ tệp JSON hoặc YAML: a new draft (the next revision when the code exists and
     * may be changed). All or nothing: the file is checked completely before anything is saved.
     */
    @Transactional
    public Rulebook importFile(byte[] content, String filename) {
        if (!rulebooks.mayAdapt()) {
            throw new ForbiddenException("import rulebooks");
        }
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "rulebook.error.fileEmpty");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new BusinessRuleException("file", "rulebook.error.fileTooLarge", MAX_IMPORT_BYTES / 1024);
        }
        RulebookJson.Format format = RulebookFile.formatOf(filename);
        String text = RulebookFile.text(content);
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
        String json = rulebooks.checkedDefinition(document.kind(), RulebookJson.write(document.definition()));
        ChiboUser user = CurrentUser.get();
        OrganizationRef owner = user.isAdmin() || user.scopeOrganizationId() == null ? null
                : organizations.find(user.scopeOrganizationId()).orElse(null);
        List<Rulebook> existing = store.findByCodeOrderByRevisionDesc(document.code());
        int revision = 1;
        if (!existing.isEmpty()) {
            Rulebook latest = existing.get(0);
            if (!RulebookService.visibleTo(user, latest) || !rulebooks.mayChange(latest) || !Objects.equals(latest.getOwnerOrgId(), owner == null ? null : owner.id())) {
                throw new BusinessRuleException("file", "rulebook.error.codeTaken", document.code());
            }
            revision = latest.getRevision() + 1;
        }
        Rulebook imported = store.save(new Rulebook(document.code(), revision, document.kind(), document.subjectKind(),
                VietnameseText.clean(document.nameVi()), VietnameseText.clean(document.nameEn() == null ? document.nameVi() : document.nameEn()),
                VietnameseText.clean(document.description()), document.yearFrom(), document.yearTo(),
                owner == null ? null : owner.id(), owner == null ? null : owner.path(), null, Rulebook.Status.DRAFT, json,
                user.getUsername(), clock.instant()));
        rulebooks.audit("IMPORT", imported, Changes.created(imported.snapshot()));
        return imported;
    }
}
