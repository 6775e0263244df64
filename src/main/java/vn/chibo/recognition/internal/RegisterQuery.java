package vn.chibo.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * The award and discipline registers as lists: scoped to the account, filtered, counted in SQL and
 * paged by {@link RegisterFilter#PAGE_SIZE}, newest decisions first; or streamed for the export.
 */
@Component
@Transactional(readOnly = true)
public class RegisterQuery {

    private final JdbcClient jdbc;
    private final Subjects subjects;

    RegisterQuery(JdbcClient jdbc, Subjects subjects) {
        this.jdbc = jdbc;
        this.subjects = subjects;
    }

    /** One line of either register. {@code form} is the measure or the award type; level and campaign only for awards. */
    public record Row(long id, SubjectType kind, Long personId, Long subjectOrgId, String subjectName, long organizationId,
                      String organizationName, String form, String level, String decisionNumber, LocalDate decisionDate,
                      String issuedBy, String reason, String campaign, boolean selfDetected, boolean leadershipCollective) {
    }

    /** {@code total} counts rows (one per recipient or subject); {@code decisions} the distinct decisions (number and date). */
    public record Page(List<Row> rows, long total, long decisions, int page) {

        public int pages() {
            return (int) Math.max(1, (total + RegisterFilter.PAGE_SIZE - 1) / RegisterFilter.PAGE_SIZE);
        }
    }

    public enum Register {
        DISCIPLINE("discipline_record", "subject_kind", "subject_org_id", "subject_name", "discipline_form",
                "null as issuing_level, null as campaign, r.self_detected, r.leadership_collective"),
        AWARD("award_record", "recipient_kind", "recipient_org_id", "recipient_name", "award_form",
                "r.issuing_level, r.campaign, false as self_detected, false as leadership_collective");

        final String table;
        final String kindColumn;
        final String orgColumn;
        final String nameColumn;
        final String formColumn;
        final String extra;

        Register(String table, String kindColumn, String orgColumn, String nameColumn, String formColumn, String extra) {
            this.table = table;
            this.kindColumn = kindColumn;
            this.orgColumn = orgColumn;
            this.nameColumn = nameColumn;
            this.formColumn = formColumn;
            this.extra = extra;
        }

        String select() {
            return "select r.id, r." + kindColumn + " as kind, r.person_id, r." + orgColumn + " as subject_org_id, r."
                    + nameColumn + " as subject_name, r.organization_id, o.name as org_name, r." + formColumn
                    + " as form, r.decision_number, r.decision_date, r.issued_by, r.reason, " + extra
                    + " from " + table + " r join organization o on o.id = r.organization_id";
        }
    }

    public Page search(Register register, RegisterFilter filter) {
        Where where = where(register, filter);
        long total = where.bind(jdbc.sql("select count(*) from " + register.table + " r" + where.sql)).query(Long.class).single();
        // one decision often lists many recipients: the same number and date on several rows
        long decisions = total == 0 ? 0 : where.bind(jdbc.sql("select count(*) from (select distinct r.decision_number, r.decision_date from "
                + register.table + " r" + where.sql + ") d")).query(Long.class).single();
        List<Row> rows = where.bind(jdbc.sql(register.select() + where.sql + " order by r.decision_date desc, r.id desc limit "
                + RegisterFilter.PAGE_SIZE + " offset " + (long) filter.page() * RegisterFilter.PAGE_SIZE)).query(RegisterQuery::row).list();
        return new Page(rows, total, decisions, filter.page());
    }

    /** Every row matching the filter, for the export (streamed, not paged). */
    public void forEach(Register register, RegisterFilter filter, Consumer<Row> consumer) {
        Where where = where(register, filter);
        try (var stream = where.bind(jdbc.sql(register.select() + where.sql + " order by r.decision_date desc, r.id desc"))
                .query(RegisterQuery::row).stream()) {
            stream.forEach(consumer);
        }
    }

    private Where where(Register register, RegisterFilter filter) {
        ChiboUser user = CurrentUser.get();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String path = filter.orgId() == null ? null : subjects.organization(filter.orgId()).path();
        conditions.add(Subjects.scopeCondition(user, "r", path));
        String key = VietnameseText.searchKey(filter.q());
        int i = 0;
        for (String token : key.isEmpty() ? new String[0] : key.split(" ")) {
            conditions.add("r.search_key like :k" + i);
            params.put("k" + i, "%" + token.replace("%", "").replace("_", "") + "%");
            i++;
        }
        if (filter.kind() != null) {
            conditions.add("r." + register.kindColumn + " = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.form() != null && !filter.form().isBlank()) {
            conditions.add("r." + register.formColumn + " = :form");
            params.put("form", filter.form());
        }
        if (register == Register.AWARD && filter.level() != null && !filter.level().isBlank()) {
            conditions.add("r.issuing_level = :level");
            params.put("level", filter.level());
        }
        if (filter.fromYear() != null) {
            conditions.add("r.decision_date >= :from");
            params.put("from", LocalDate.of(filter.fromYear(), 1, 1));
        }
        if (filter.toYear() != null) {
            conditions.add("r.decision_date <= :to");
            params.put("to", LocalDate.of(filter.toYear(), 12, 31));
        }
        String campaign = VietnameseText.searchKey(filter.campaign());
        if (register == Register.AWARD && !campaign.isEmpty()) {
            conditions.add("r.campaign_key like :campaign");
            params.put("campaign", "%" + campaign.replace("%", "").replace("_", "") + "%");
        }
        return new Where(" where " + String.join(" and ", conditions), params);
    }

    private record Where(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec bound = spec;
            for (Map.Entry<String, Object> e : params.entrySet()) {
                bound = bound.param(e.getKey(), e.getValue());
            }
            return bound;
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        long org = rs.getLong("subject_org_id");
        Long orgId = rs.wasNull() ? null : org;
        return new Row(rs.getLong("id"), SubjectType.valueOf(rs.getString("kind")), personId, orgId, rs.getString("subject_name"),
                rs.getLong("organization_id"), rs.getString("org_name"), rs.getString("form"), rs.getString("issuing_level"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class), rs.getString("issued_by"),
                rs.getString("reason"), rs.getString("campaign"), rs.getBoolean("self_detected"),
                rs.getBoolean("leadership_collective"));
    }
}
