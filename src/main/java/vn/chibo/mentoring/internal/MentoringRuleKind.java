package vn.chibo.mentoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Mentoring rule sets as versioned data: the shipped one ({@code classpath:mentoring/*.json}) is
 * installed when missing; administrators (everywhere) and officers (for their subtree) add revisions.
 * The rules for an organization are the newest revision covering the year whose owner is the
 * nearest one above it.
 */
@Service
@Order(1)
@Transactional(readOnly = true)
public class MentoringRulebooks implements ApplicationRunner {

    private final MentoringRulebookRepository rulebooks;
    private final TransactionTemplate transaction;
    private final OrganizationDirectory organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentoringRulebooks(MentoringRulebookRepository rulebooks, TransactionTemplate transaction,
                       OrganizationDirectory organizations, ApplicationEventPublisher events, Clock clock) {
        this.rulebooks = rulebooks;
        this.transaction = transaction;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** Installs the shipped rule sets in a read-write transaction (the class default is read-only). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:mentoring/*.json");
        transaction.executeWithoutResult(status -> {
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    JsonNode node = MentoringRules.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    String code = node.get("code").asString();
                    if (!rulebooks.existsByCode(code)) {
                        String definition = MentoringRules.parse(node.get("definition").toString()).toJson();
                        rulebooks.save(new MentoringRulebook(code, 1, node.get("name").asString(), node.get("yearFrom").asInt(),
                                null, null, null, definition, "system", clock.instant()));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read " + file.getFilename(), e);
                }
            }
        });
    }

    /** The rules in force for an organization on a date (the shipped defaults when nothing else applies). */
    public MentoringRules rulesFor(String orgPath, LocalDate on) {
        return rulebookFor(orgPath, on).map(r -> MentoringRules.parse(r.getDefinition()))
                .orElse(new MentoringRules(4, 3, 30, 3));
    }

    public java.util.Optional<MentoringRulebook> rulebookFor(String orgPath, LocalDate on) {
        return rulebooks.findAll().stream().filter(r -> r.covers(on.getYear(), orgPath))
                .max(Comparator.comparingInt((MentoringRulebook r) -> r.getOwnerPath() == null ? 0 : r.getOwnerPath().length())
                        .thenComparingInt(MentoringRulebook::getRevision));
    }

    public List<MentoringRulebook> all() {
        ChiboUser user = CurrentUser.get();
        return rulebooks.findAllByOrderByCodeAscRevisionDesc().stream()
                .filter(r -> r.getOwnerPath() == null || user.canSee(r.getOwnerPath())).toList();
    }

    /** A new revision of a rule set, from JSON, for everywhere (administrators) or an organization's subtree. */
    @Transactional
    public MentoringRulebook revise(String code, String definitionJson, int yearFrom, Integer yearTo, Long ownerOrgId) {
        ChiboUser user = CurrentUser.get();
        if (!user.may(vn.chibo.shared.security.Permission.REVISE_RULES)) {
            throw new ForbiddenException("change mentoring rules");
        }
        OrganizationRef owner = ownerOrgId == null ? null : organizations.requireVisible(ownerOrgId);
        if (owner == null && !user.isAdmin()) {
            throw new BusinessRuleException("ownerOrgId", "mentoring.rules.error.owner");
        }
        if (yearTo != null && yearTo < yearFrom) {
            throw new BusinessRuleException("yearTo", "validation.date.order");
        }
        MentoringRulebook previous = rulebooks.findTopByCodeOrderByRevisionDesc(code)
                .orElseThrow(() -> new BusinessRuleException("code", "mentoring.rules.error.code"));
        String definition = MentoringRules.parse(VietnameseText.clean(definitionJson)).toJson();
        MentoringRulebook saved = rulebooks.save(new MentoringRulebook(code, previous.getRevision() + 1, previous.getName(),
                yearFrom, yearTo, owner == null ? null : owner.id(), owner == null ? null : owner.path(), definition,
                user.getUsername(), clock.instant()));
        events.publishEvent(AuditRecord.of("REVISE", "MentoringRulebook", saved.getId(), saved.getOwnerPath(),
                code + " r" + saved.getRevision(), Changes.between(java.util.Map.of("definition", previous.getDefinition()),
                        java.util.Map.of("definition", definition))));
        return saved;
    }
}
