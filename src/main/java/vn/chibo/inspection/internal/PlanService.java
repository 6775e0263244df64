package vn.chibo.inspection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.Changes;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.shared.web.BusinessRuleException;
import vn.chibo.shared.web.NotFoundException;

/**
 * Kế hoạch kiểm tra, giám sát năm: one plan per organization and year, its items (subject, kind,
 * planned period, content), each done once an inspection carries it out.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final JdbcClient jdbc;
    private final InspectionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(JdbcClient jdbc, InspectionAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record Plan(long id, long organizationId, String organizationName, String orgPath, int year, String title,
                       long items, long done, long version) {
    }

    public record Item(long id, long planId, SubjectType subjectKind, Long personId, Long subjectOrgId, String subjectName,
                       InspectionKind kind, Activity activity, LocalDate plannedFrom, LocalDate plannedTo, String content,
                       Long inspectionId, InspectionStatus inspectionStatus) {

        public boolean done() {
            return inspectionId != null;
        }
    }

    private static final String PLAN_SELECT = """
            select p.id, p.organization_id, o.name, p.org_path, p.plan_year, p.title, p.version,
                   (select count(*) from inspection_plan_item i where i.plan_id = p.id) as items,
                   (select count(*) from inspection_plan_item i where i.plan_id = p.id
                      and exists (select 1 from inspection x where x.plan_item_id = i.id)) as done
            from inspection_plan p join organization o on o.id = p.organization_id""";

    /** Plans of a year in the account's scope (members see none), most senior organizations first. */
    public List<Plan> plans(int year) {
        ChiboUser user = CurrentUser.get();
        String scope = user.isAdmin() ? "1 = 1" : user.canSee(user.scopePath())
                ? InspectionAccess.subtree("p.org_path", user.scopePath()) : "1 = 0";
        return jdbc.sql(PLAN_SELECT + " where p.plan_year = :y and " + scope + " order by length(p.org_path), o.name limit 200")
                .param("y", year).query(PlanService::plan).list();
    }

    public Plan plan(long id) {
        ChiboUser user = CurrentUser.get();
        return jdbc.sql(PLAN_SELECT + " where p.id = :id").param("id", id).query(PlanService::plan).optional()
                .filter(p -> user.canSee(p.orgPath()))
                .orElseThrow(() -> new NotFoundException("InspectionPlan", id));
    }

    public List<Item> items(long planId) {
        plan(planId);
        return jdbc.sql("""
                        select i.*, x.id as inspection_id, x.status as inspection_status from inspection_plan_item i
                        left join inspection x on x.plan_item_id = i.id where i.plan_id = :p order by i.planned_from, i.id""")
                .param("p", planId).query(PlanService::item).list();
    }

    public Item item(long itemId) {
        Item item = jdbc.sql("""
                        select i.*, x.id as inspection_id, x.status as inspection_status from inspection_plan_item i
                        left join inspection x on x.plan_item_id = i.id where i.id = :id""")
                .param("id", itemId).query(PlanService::item).optional()
                .orElseThrow(() -> new NotFoundException("InspectionPlanItem", itemId));
        plan(item.planId());
        return item;
    }

    @Transactional
    public long create(Long organizationId, Integer year, String title) {
        if (organizationId == null) {
            throw new BusinessRuleException("organizationId", "validation.required");
        }
        OrganizationRef organization = access.organization(organizationId);
        InspectionAccess.requireInspector(CurrentUser.get(), organization.path());
        if (year == null || year < 2000 || year > 2100) {
            throw new BusinessRuleException("year", "inspection.plan.error.year");
        }
        String cleanTitle = VietnameseText.clean(title);
        if (cleanTitle == null) {
            throw new BusinessRuleException("title", "validation.required");
        }
        if (cleanTitle.length() > 300) {
            throw new BusinessRuleException("title", "inspection.error.tooLong", 300);
        }
        if (jdbc.sql("select count(*) from inspection_plan where organization_id = :o and plan_year = :y")
                .param("o", organization.id()).param("y", year).query(Long.class).single() > 0) {
            throw new BusinessRuleException("year", "inspection.plan.error.exists");
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inspection_plan (organization_id, org_path, plan_year, title, created_by, created_at)
                        values (:o, :p, :y, :t, :by, :at)""")
                .param("o", organization.id()).param("p", organization.path()).param("y", year).param("t", cleanTitle)
                .param("by", CurrentUser.actorName()).param("at", Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(AuditRecord.of("CREATE", "InspectionPlan", id, organization.path(), organization.name() + " " + year,
                Changes.created(Map.of("title", cleanTitle, "year", year))));
        return id;
    }

    @Transactional
    public long addItem(long planId, Long personId, Long organizationId, InspectionKind kind, Activity activity,
                        LocalDate from, LocalDate to, String content, Long planVersion) {
        Plan plan = plan(planId);
        InspectionAccess.requireInspector(CurrentUser.get(), plan.orgPath());
        InspectionService.checkVersion(planVersion, plan.version());
        Subject subject = access.subject(personId, organizationId);
        if (!subject.orgPath().startsWith(plan.orgPath())) {
            throw new BusinessRuleException("personId", "inspection.error.notAbove");
        }
        if (kind == null) {
            throw new BusinessRuleException("kind", "validation.required");
        }
        if (from == null) {
            throw new BusinessRuleException("plannedFrom", "validation.required");
        }
        if (to == null) {
            throw new BusinessRuleException("plannedTo", "validation.required");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("plannedTo", "inspection.error.period");
        }
        if (from.getYear() != plan.year()) {
            throw new BusinessRuleException("plannedFrom", "inspection.plan.error.outsideYear", plan.year());
        }
        String text = VietnameseText.clean(content);
        if (text == null) {
            throw new BusinessRuleException("content", "validation.required");
        }
        if (text.length() > 2000) {
            throw new BusinessRuleException("content", "inspection.error.tooLong", 2000);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inspection_plan_item (plan_id, subject_kind, person_id, subject_org_id, subject_name,
                            inspection_kind, activity, planned_from, planned_to, content)
                        values (:plan, :sk, :person, :org, :name, :kind, :act, :from, :to, :content)""")
                .param("plan", planId).param("sk", subject.type().name()).param("person", subject.personId())
                .param("org", subject.subjectOrgId()).param("name", subject.name()).param("kind", kind.name())
                .param("act", (activity == null ? Activity.INSPECTION : activity).name()).param("from", from).param("to", to)
                .param("content", text).update(keys, "id");
        jdbc.sql("update inspection_plan set version = version + 1 where id = :id").param("id", planId).update();
        long id = keys.getKey().longValue();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("subject", subject.name());
        after.put("kind", kind);
        after.put("plannedFrom", from);
        after.put("plannedTo", to);
        after.put("content", text);
        events.publishEvent(AuditRecord.of("CREATE", "InspectionPlanItem", id, plan.orgPath(), subject.name(), Changes.created(after)));
        return id;
    }

    private static Plan plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Plan(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"), rs.getString("org_path"),
                rs.getInt("plan_year"), rs.getString("title"), rs.getLong("items"), rs.getLong("done"), rs.getLong("version"));
    }

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString("inspection_status");
        return new Item(rs.getLong("id"), rs.getLong("plan_id"), SubjectType.valueOf(rs.getString("subject_kind")),
                (Long) rs.getObject("person_id", Long.class), (Long) rs.getObject("subject_org_id", Long.class),
                rs.getString("subject_name"), InspectionKind.valueOf(rs.getString("inspection_kind")),
                Activity.valueOf(rs.getString("activity")), rs.getObject("planned_from", LocalDate.class),
                rs.getObject("planned_to", LocalDate.class), rs.getString("content"),
                (Long) rs.getObject("inspection_id", Long.class), status == null ? null : InspectionStatus.valueOf(status));
    }
}
