package vn.chibo.inspection.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.security.Permission;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.ForbiddenException;

/**
 * Quy định kiểm tra, giám sát as data: versioned rule sets (code, revision, JSON, year range, owner
 * organization) holding the repeat-finding window and the default remediation period. Shipped
 * defaults ({@code classpath:inspection-rules/*.json}) are installed on start where missing; admins
 * and officers add revisions, the most specific owner and the latest revision covering the year win.
 */
@Service
@Order(1)
@Transactional(readOnly = true)
public class InspectionRules implements ApplicationRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionRules(JdbcClient jdbc, InspectionAccess access, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The settings of one revision. */
    public record Settings(int repeatWindowMonths, int defaultActionDays) {
    }

    /** A stored revision, with its owner's path for choosing the most specific one. */
    public record RuleSet(long id, String code, int revision, String name, int yearFrom, Integer yearTo, Long ownerOrgId,
                          String ownerName, String ownerPath, Settings settings, String createdBy, Instant createdAt) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        var files = new PathMatchingResourcePatternResolver().getResources("classpath:inspection-rules/*.json");
        transaction.executeWithoutResult(status -> {
            for (var file : files) {
                try (InputStream in = file.getInputStream()) {
                    Map<?, ?> doc = JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.class);
                    String code = (String) doc.get("code");
                    if (jdbc.sql("select count(*) from inspection_rule_set where code = :c").param("c", code).query(Long.class).single() == 0) {
                        Settings settings = settings(JSON.writeValueAsString(doc.get("settings")));
                        insert(code, 1, (String) doc.get("name"), settings, ((Number) doc.get("yearFrom")).intValue(),
                                doc.get("yearTo") == null ? null : ((Number) doc.get("yearTo")).intValue(), null, "system");
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read shipped inspection rules " + file.getFilename(), e);
                }
            }
        });
    }

    public List<RuleSet> all() {
        return jdbc.sql("""
                        select r.id, r.code, r.revision, r.name, r.year_from, r.year_to, r.owner_org_id, o.name as owner_name,
                               o.path as owner_path, r.definition, r.created_by, r.created_at
                        from inspection_rule_set r left join organization o on o.id = r.owner_org_id order by r.code, r.revision desc""")
                .query((rs, n) -> new RuleSet(rs.getLong("id"), rs.getString("code"), rs.getInt("revision"), rs.getString("name"),
                        rs.getInt("year_from"), (Integer) rs.getObject("year_to", Integer.class),
                        (Long) rs.getObject("owner_org_id", Long.class), rs.getString("owner_name"), rs.getString("owner_path"),
                        settings(rs.getString("definition")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The rule set in force for a subject (by its organization path) in a year. */
    public RuleSet forSubject(String orgPath, int year) {
        return all().stream()
                .filter(r -> r.yearFrom() <= year && (r.yearTo() == null || r.yearTo() >= year))
                .filter(r -> r.ownerPath() == null || (orgPath != null && orgPath.startsWith(r.ownerPath())))
                .max(Comparator.<RuleSet>comparingInt(r -> r.ownerPath() == null ? 0 : r.ownerPath().length())
                        .thenComparingInt(RuleSet::revision))
                .orElseThrow(() -> new IllegalStateException("No inspection rule set for " + year));
    }

    public boolean mayRevise() {
        return CurrentUser.get().may(Permission.REVISE_RULES);
    }

    /** A new revision of a code (or a new code for an organization's own adaptation), audited. */
    @Transactional
    public RuleSet revise(String code, String name, Settings settings, int yearFrom, Integer yearTo, Long ownerOrgId) {
        ChiboUser user = CurrentUser.get();
        if (!mayRevise()) {
            throw new ForbiddenException("revise inspection rules");
        }
        if (ownerOrgId == null && !user.isAdmin()) {
            throw new BusinessRuleException("ownerOrgId", "inspection.rules.error.ownerRequired");
        }
        OrganizationRef owner = ownerOrgId == null ? null : access.organization(ownerOrgId);
        if (settings.repeatWindowMonths() < 1 || settings.repeatWindowMonths() > 120) {
            throw new BusinessRuleException("repeatWindowMonths", "inspection.rules.error.window", 1, 120);
        }
        if (settings.defaultActionDays() < 1 || settings.defaultActionDays() > 365) {
            throw new BusinessRuleException("defaultActionDays", "inspection.rules.error.days", 1, 365);
        }
        if (yearTo != null && yearTo < yearFrom) {
            throw new BusinessRuleException("yearTo", "inspection.rules.error.years");
        }
        int revision = jdbc.sql("select coalesce(max(revision), 0) from inspection_rule_set where code = :c").param("c", code)
                .query(Integer.class).single() + 1;
        long id = insert(code, revision, name, settings, yearFrom, yearTo, owner == null ? null : owner.id(), CurrentUser.actorName());
        events.publishEvent(AuditRecord.of("REVISE", "InspectionRuleSet", id, owner == null ? null : owner.path(),
                code + " r" + revision, Changes.created(Map.of("repeatWindowMonths", settings.repeatWindowMonths(),
                        "defaultActionDays", settings.defaultActionDays(), "yearFrom", yearFrom))));
        return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private long insert(String code, int revision, String name, Settings settings, int yearFrom, Integer yearTo, Long owner,
                        String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inspection_rule_set (code, revision, name, definition, year_from, year_to, owner_org_id,
                            created_by, created_at) values (:code, :rev, :name, :def, :from, :to, :owner, :by, :at)""")
                .param("code", code).param("rev", revision).param("name", name).param("def", JSON.writeValueAsString(settings))
                .param("from", yearFrom).param("to", yearTo).param("owner", owner).param("by", by)
                .param("at", Timestamp.from(clock.instant())).update(keys, "id");
        return keys.getKey().longValue();
    }

    static Settings settings(String json) {
        Map<?, ?> map = JSON.readValue(json, Map.class);
        return new Settings(((Number) map.get("repeatWindowMonths")).intValue(), ((Number) map.get("defaultActionDays")).intValue());
    }
}
