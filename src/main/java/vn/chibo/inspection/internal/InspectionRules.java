package vn.chibo.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.rules.RuleDocuments;
import vn.chibo.rules.RuleKind;
import vn.chibo.rules.Rulebook;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Quy định kiểm tra, giám sát as a kind of rule document: the body holds the repeat-finding window and the default
 * remediation period; the shipped defaults lie in {@code classpath:inspection-rules/*.json}. Revisions live in the
 * one rule store, where the most specific owner and the latest revision covering the year win.
 */
@Service
@Transactional(readOnly = true)
public class InspectionRules implements RuleKind {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleDocuments documents;
    private final OrganizationDirectory organizations;

    InspectionRules(RuleDocuments documents, OrganizationDirectory organizations) {
        this.documents = documents;
        this.organizations = organizations;
    }

    /** The settings of one revision. */
    public record Settings(int repeatWindowMonths, int defaultActionDays) {
    }

    /** A stored revision, with its owner's path for choosing the most specific one. */
    public record RuleSet(long id, String code, int revision, String name, int yearFrom, Integer yearTo, Long ownerOrgId,
                          String ownerName, String ownerPath, Settings settings, String createdBy, Instant createdAt) {
    }

    @Override
    public Rulebook.Kind kind() {
        return Rulebook.Kind.INSPECTION;
    }

    @Override
    public String shippedLocation() {
        return "classpath:inspection-rules/*.json";
    }

    @Override
    public ShippedRule readShipped(String text) {
        return ShippedRule.plain(Rulebook.Kind.INSPECTION, text, "settings");
    }

    @Override
    public String checkedBody(String json) {
        Settings settings;
        try {
            settings = settings(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new BusinessRuleException("definition", "rulebook.error.json", vn.chibo.shared.web.JsonReadError.reason(e));
        } catch (RuntimeException e) {
            throw new BusinessRuleException("definition", "inspection.rules.error.body");
        }
        if (settings.repeatWindowMonths() < 1 || settings.repeatWindowMonths() > 120) {
            throw new BusinessRuleException("repeatWindowMonths", "inspection.rules.error.window", 1, 120);
        }
        if (settings.defaultActionDays() < 1 || settings.defaultActionDays() > 365) {
            throw new BusinessRuleException("defaultActionDays", "inspection.rules.error.days", 1, 365);
        }
        return JSON.writeValueAsString(settings);
    }

    @Override
    public String messagePrefix() {
        return "inspection.rules";
    }

    @Override
    public String ownerRequiredKey() {
        return "inspection.rules.error.ownerRequired";
    }

    /** The revisions the account may see. */
    public List<RuleSet> all() {
        return documents.revisions(Rulebook.Kind.INSPECTION).stream().map(this::ruleSet).toList();
    }

    /** The rule set in force for a subject (by its organization path) in a year. */
    public RuleSet forSubject(String orgPath, int year) {
        return documents.inForce(Rulebook.Kind.INSPECTION, orgPath, LocalDate.of(year, 1, 1)).map(this::ruleSet)
                .orElseThrow(() -> new IllegalStateException("No inspection rule set for " + year));
    }

    /** A finding was judged by this revision (its repeat window): the revision is in use from now on. */
    @Transactional
    public void judgedBy(long ruleSetId) {
        documents.markInUse(ruleSetId);
    }

    public boolean mayRevise() {
        return documents.mayRevise();
    }

    /** A new revision of a code (or a new code for an organization's own adaptation), in force at once, audited. */
    @Transactional
    public RuleSet revise(String code, String name, Settings settings, int yearFrom, Integer yearTo, Long ownerOrgId) {
        Rulebook saved = documents.reviseAndPublish(new RuleDocuments.Revision(Rulebook.Kind.INSPECTION, code, name, null,
                JSON.writeValueAsString(settings), yearFrom, yearTo, null, ownerOrgId));
        return ruleSet(saved);
    }

    private RuleSet ruleSet(Rulebook r) {
        String ownerName = r.getOwnerOrgId() == null ? null
                : organizations.find(r.getOwnerOrgId()).map(OrganizationRef::name).orElse(null);
        return new RuleSet(r.getId(), r.getCode(), r.getRevision(), r.getNameVi(), r.getYearFrom(), r.getYearTo(),
                r.getOwnerOrgId(), ownerName, r.getOwnerPath(), settings(r.getDefinitionJson()), r.getCreatedBy(), r.getCreatedAt());
    }

    static Settings settings(String json) {
        Map<?, ?> map = JSON.readValue(json, Map.class);
        return new Settings(((Number) map.get("repeatWindowMonths")).intValue(), ((Number) map.get("defaultActionDays")).intValue());
    }
}
