package vn.chibo.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * The registers as lists ({@link RegisterList}: awards, discipline, good examples): scoped to the account, filtered,
 * counted in SQL and paged by {@link RegisterFilter#PAGE_SIZE}, newest first; or streamed for the export.
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

    /** One line of the award or discipline register. {@code form} is the measure or the award type; level and campaign only for awards. */
    public record Row(long id, SubjectType kind, Long personId, Long subjectOrgId, String subjectName, long organizationId,
                      String organizationName, String form, String level, String decisionNumber, LocalDate decisionDate,
                      String issuedBy, String reason, String campaign, boolean selfDetected, boolean leadershipCollective) {
    }

    /**
     * {@code total} counts rows (one per recipient or subject); {@code decisions} the distinct decisions (number and date)
     * of the registers that {@linkplain RegisterList#countsDecisions() count them}, else 0.
     */
    public record Page<R>(List<R> rows, long total, long decisions, int page) {

        public int pages() {
            return (int) Math.max(1, (total + RegisterFilter.PAGE_SIZE - 1) / RegisterFilter.PAGE_SIZE);
        }
    }

    /** The award and discipline registers: one row per recipient or subject of a decision. */
    public enum Register implements RegisterList<RegisterFilter, Row> {
        DISCIPLINE("discipline_record", "subject_kind", "subject_org_id", "subject_name", "discipline_form",
                "null as issuing_level, null as campaign, r.self_detected, r.leadership_collective"),
        AWARD("award_record", "recipient_kind", "recipient_org_id", "recipient_name", "award_form",
                "r.issuing_level, r.campaign, false as self_detected, false as leadership_collective") {
            @Override
            public void narrow(RegisterFilter filter, RegisterConditions where) {
                super.narrow(filter, where);
                if (filter.level() != null && !filter.level().isBlank()) {
                    where.add("r.issuing_level = :level", "level", filter.level());
                }
                String campaign = VietnameseText.searchKey(filter.campaign());
                if (!campaign.isEmpty()) {
                    where.add("r.campaign_key like :campaign", "campaign", "%" + campaign.replace("%", "").replace("_", "") + "%");
                }
            }
        };

        private final String table;
        private final String kindColumn;
        private final String orgColumn;
        private final String nameColumn;
        private final String formColumn;
        private final String extra;

        Register(String table, String kindColumn, String orgColumn, String nameColumn, String formColumn, String extra) {
            this.table = table;
            this.kindColumn = kindColumn;
            this.orgColumn = orgColumn;
            this.nameColumn = nameColumn;
            this.formColumn = formColumn;
            this.extra = extra;
        }

        @Override
        public String table() {
            return table;
        }

        @Override
        public String kindColumn() {
            return kindColumn;
        }

        @Override
        public String dateColumn() {
            return "decision_date";
        }

        @Override
        public boolean countsDecisions() {
            return true;
        }

        @Override
        public String select() {
            return "select r.id, r." + kindColumn + " as kind, r.person_id, r." + orgColumn + " as subject_org_id, r."
                    + nameColumn + " as subject_name, r.organization_id, o.name as org_name, r." + formColumn
                    + " as form, r.decision_number, r.decision_date, r.issued_by, r.reason, " + extra
                    + " from " + table + " r join organization o on o.id = r.organization_id";
        }

        @Override
        public void narrow(RegisterFilter filter, RegisterConditions where) {
            if (filter.form() != null && !filter.form().isBlank()) {
                where.add("r." + formColumn + " = :form", "form", filter.form());
            }
        }

        @Override
        public Row row(ResultSet rs) throws SQLException {
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

    public <F extends RegisterList.Filter, R> Page<R> search(RegisterList<F, R> register, F filter) {
        RegisterConditions where = where(register, filter);
        long total = where.bind(jdbc.sql("select count(*) from " + register.table() + " r" + where.sql())).query(Long.class).single();
        // one decision often lists many recipients: the same number and date on several rows
        long decisions = total == 0 || !register.countsDecisions() ? 0
                : where.bind(jdbc.sql("select count(*) from (select distinct r.decision_number, r.decision_date from "
                        + register.table() + " r" + where.sql() + ") d")).query(Long.class).single();
        List<R> rows = where.bind(jdbc.sql(register.select() + where.sql() + order(register) + " limit " + RegisterFilter.PAGE_SIZE
                + " offset " + (long) filter.page() * RegisterFilter.PAGE_SIZE)).query((rs, n) -> register.row(rs)).list();
        return new Page<>(rows, total, decisions, filter.page());
    }

    /** Every row matching the filter, for the export (streamed, not paged). */
    public <F extends RegisterList.Filter, R> void forEach(RegisterList<F, R> register, F filter, Consumer<R> consumer) {
        RegisterConditions where = where(register, filter);
        try (var stream = where.bind(jdbc.sql(register.select() + where.sql() + order(register)))
                .query((rs, n) -> register.row(rs)).stream()) {
            stream.forEach(consumer);
        }
    }

    private static String order(RegisterList<?, ?> register) {
        return " order by r." + register.dateColumn() + " desc, r.id desc";
    }

    private <F extends RegisterList.Filter> RegisterConditions where(RegisterList<F, ?> register, F filter) {
        ChiboUser user = CurrentUser.get();
        String path = filter.orgId() == null ? null : subjects.organization(filter.orgId()).path();
        RegisterConditions where = new RegisterConditions().add(register.scope(user, path)).words("r.search_key", filter.q(), "k");
        if (filter.kind() != null) {
            where.add("r." + register.kindColumn() + " = :kind", "kind", filter.kind().name());
        }
        where.years("r." + register.dateColumn(), filter.fromYear(), filter.toYear());
        register.narrow(filter, where);
        return where;
    }
}
