package vn.chibo.organization.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry.NewOrganization;
import vn.chibo.organization.OrganizationBulkEntry.NewOrganizationIn;
import vn.chibo.organization.OrganizationBulkEntry.Problem;
import vn.chibo.organization.OrganizationBulkEntry.Refused;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.shared.audit.AuditRecord;
import vn.chibo.shared.audit.AuditRecords;
import vn.chibo.shared.jdbc.Databases;
import vn.chibo.shared.jdbc.WritersTurns;
import vn.chibo.shared.security.ChiboUser;
import vn.chibo.shared.security.CurrentUser;
import vn.chibo.shared.text.VietnameseText;

/**
 * Organizations of a bulk load written at once: the rules of {@link OrganizationService#create} for the whole list
 * (existing superiors locked in one statement per thousand, in id order), then the organization and creation-event
 * rows in JDBC batches. A path holds the organization's own id, so on PostgreSQL the ids are taken from the identity's
 * sequence first and every row goes in complete (the driver rewrites the batch into multi-row inserts); on H2 the rows
 * go in with a provisional path and get their place once their ids are known. Names, search and sort keys as the form.
 */
@Component
class OrganizationBulkWriter {

    static final String ENTITY = "Organization";
    static final String ACTION = "CREATE_BULK";
    static final int AUDIT_EVERY = 250;
    private static final int BATCH = 1_000;
    private static final String INSERT = "insert into organization (parent_id, path, depth, type, category, name, short_name,"
            + " unit_name, search_key, sort_key, status, valid_from, version, created_at, updated_at%s)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?%s)";

    private final WritersTurns turns;
    private final JdbcTemplate jdbc;
    private final OrganizationRepository organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Boolean postgres;

    OrganizationBulkWriter(JdbcTemplate jdbc, OrganizationRepository organizations, ApplicationEventPublisher events, Clock clock,
                           WritersTurns turns) {
        this.turns = turns;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /** One organization ready to write: its values cleaned as the form cleans them, and its place once known. */
    private static final class Row {
        final NewOrganization source;
        final String name;
        final String shortName;
        final String unitName;
        Long id;
        Long parentId;
        String path;
        int depth;

        Row(NewOrganization source) {
            this.source = source;
            this.name = VietnameseText.clean(source.name());
            this.shortName = VietnameseText.clean(source.shortName());
            this.unitName = VietnameseText.clean(source.unitName());
        }
    }

    List<Long> createAll(List<NewOrganizationIn> entries, String source) {
        if (entries.isEmpty()) {
            return List.of();
        }
        ChiboUser user = CurrentUser.get();
        if (!OrganizationAccess.mayChange(user)) {
            throw new Refused(0, new Problem("parentId", "organization.error.mayNotChange"));
        }
        // the organizations' turn (V65) before the parents' rows are locked, as a tree change takes it
        turns.take(WritersTurns.Kind.ORGANIZATIONS);
        Map<Long, OrganizationRef> parents = lockParents(entries);
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(checked(i, entries, parents, user));
        }
        Instant now = clock.instant();
        if (postgres()) {
            List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('organization', 'id'))"
                    + " from generate_series(1, ?)", Long.class, rows.size());
            for (int i = 0; i < rows.size(); i++) {
                rows.get(i).id = ids.get(i);
                place(rows, entries, parents, i);
            }
            batch(String.format(INSERT, ", id", ", ?"), rows, (ps, row) -> {
                values(ps, row, now);
                ps.setLong(15, row.id);
            });
        } else {
            insertProvisionally(rows, now);
            for (int i = 0; i < rows.size(); i++) {
                place(rows, entries, parents, i);
            }
            batch("update organization set parent_id = ?, path = ?, depth = ? where id = ?", rows, (ps, row) -> {
                ps.setObject(1, row.parentId);
                ps.setString(2, row.path);
                ps.setInt(3, row.depth);
                ps.setLong(4, row.id);
            });
        }
        batch("insert into organization_event (organization_id, kind, effective_on, new_name, recorded_by, recorded_at)"
                + " values (?, 'CREATED', ?, ?, ?, ?)", rows, (ps, row) -> {
                    ps.setLong(1, row.id);
                    ps.setObject(2, row.source.validFrom());
                    ps.setString(3, row.name);
                    ps.setString(4, user.getUsername());
                    ps.setTimestamp(5, Timestamp.from(now));
                });
        audit(rows, source);
        return rows.stream().map(r -> r.id).toList();
    }

    private Map<Long, OrganizationRef> lockParents(List<NewOrganizationIn> entries) {
        List<Long> ids = entries.stream().filter(e -> e.parentIndex() < 0 && e.organization().parentId() != null)
                .map(e -> e.organization().parentId()).distinct().sorted().toList();
        Map<Long, OrganizationRef> locked = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            organizations.findAllForUpdate(ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .forEach(o -> locked.put(o.getId(), o.toRef()));
        }
        return locked;
    }

    private static Row checked(int index, List<NewOrganizationIn> entries, Map<Long, OrganizationRef> parents, ChiboUser user) {
        NewOrganizationIn entry = entries.get(index);
        NewOrganization organization = entry.organization();
        OrganizationType typeAbove;
        if (entry.parentIndex() >= 0) {
            if (entry.parentIndex() >= index) {
                throw new IllegalArgumentException("a superior comes before its units: " + index);
            }
            typeAbove = entries.get(entry.parentIndex()).organization().type();
        } else if (organization.parentId() == null) {
            if (!OrganizationAccess.mayCreateRoot(user)) {
                throw new Refused(index, new Problem("parentId", "organization.error.rootOnlyAdmin"));
            }
            typeAbove = null;
        } else {
            OrganizationRef parent = parents.get(organization.parentId());
            if (parent == null || !OrganizationAccess.mayRead(user, parent.path())) {
                throw new Refused(index, new Problem("parentId", "organization.error.parentOutOfScope"));
            }
            if (parent.status() != OrganizationStatus.ACTIVE) {
                throw new Refused(index, new Problem("parentId", "organization.error.parentEnded"));
            }
            typeAbove = parent.type();
        }
        if (!organization.type().mayHaveParent(typeAbove)) {
            throw new Refused(index, new Problem("type", "organization.error.typeRule"));
        }
        return new Row(organization);
    }

    /** The row's superior, path and depth, once its own id and its superior's place are known. */
    private static void place(List<Row> rows, List<NewOrganizationIn> entries, Map<Long, OrganizationRef> parents, int i) {
        Row row = rows.get(i);
        NewOrganizationIn entry = entries.get(i);
        if (entry.parentIndex() >= 0) {
            Row parent = rows.get(entry.parentIndex());
            row.parentId = parent.id;
            row.path = parent.path + row.id + "/";
            row.depth = parent.depth + 1;
        } else if (entry.organization().parentId() == null) {
            row.path = "/" + row.id + "/";
            row.depth = 0;
        } else {
            OrganizationRef parent = parents.get(entry.organization().parentId());
            row.parentId = parent.id();
            row.path = parent.path() + row.id + "/";
            row.depth = parent.depth() + 1;
        }
    }

    /** H2: the rows with a path of their own until their ids are known (the path is unique). */
    private void insertProvisionally(List<Row> rows, Instant now) {
        String marker = "/pending-" + System.nanoTime() + "-";
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            int offset = from;
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(connection -> connection.prepareStatement(String.format(INSERT, "", ""), new String[] {"id"}),
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(PreparedStatement ps, int i) throws SQLException {
                            Row row = chunk.get(i);
                            row.path = marker + (offset + i) + "/";
                            values(ps, row, now);
                        }

                        @Override
                        public int getBatchSize() {
                            return chunk.size();
                        }
                    }, keys);
            List<Map<String, Object>> generated = keys.getKeyList();
            for (int i = 0; i < chunk.size(); i++) {
                chunk.get(i).id = ((Number) generated.get(i).values().iterator().next()).longValue();
            }
        }
    }

    private static void values(PreparedStatement ps, Row row, Instant now) throws SQLException {
        NewOrganization source = row.source;
        ps.setObject(1, row.parentId);
        ps.setString(2, row.path);
        ps.setInt(3, row.depth);
        ps.setString(4, source.type().name());
        ps.setString(5, source.category().name());
        ps.setString(6, row.name);
        ps.setString(7, row.shortName);
        ps.setString(8, row.unitName);
        ps.setString(9, VietnameseText.searchKey(row.name + (row.shortName == null ? "" : " " + row.shortName)));
        ps.setString(10, VietnameseText.nameSortKey(row.name));
        ps.setString(11, OrganizationStatus.ACTIVE.name());
        ps.setObject(12, source.validFrom());
        ps.setTimestamp(13, Timestamp.from(now));
        ps.setTimestamp(14, Timestamp.from(now));
    }

    private interface RowSetter {
        void set(PreparedStatement ps, Row row) throws SQLException;
    }

    private void batch(String sql, List<Row> rows, RowSetter setter) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)), BATCH, setter::set);
        }
    }

    private void audit(List<Row> rows, String source) {
        List<AuditRecord> records = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += AUDIT_EVERY) {
            int to = Math.min(rows.size(), from + AUDIT_EVERY);
            Map<String, Object[]> changes = new LinkedHashMap<>();
            changes.put("source", new Object[] {null, source});
            changes.put("count", new Object[] {null, to - from});
            String path = null;
            for (int i = from; i < to; i++) {
                Row row = rows.get(i);
                changes.put(String.valueOf(row.id), new Object[] {null, row.name + " · " + row.path});
                path = commonPath(path, row.path);
            }
            records.add(AuditRecord.of(ACTION, ENTITY, null, path, source + " · " + (to - from), changes));
        }
        events.publishEvent(new AuditRecords(records));
    }

    /** The deepest path both paths lie under. */
    private static String commonPath(String a, String b) {
        if (a == null) {
            return b;
        }
        int end = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i); i++) {
            if (a.charAt(i) == '/') {
                end = i + 1;
            }
        }
        return a.substring(0, Math.max(end, 1));
    }

    void refreshStatistics() {
        if (postgres()) {
            jdbc.execute("analyze organization, organization_event");
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = Databases.isPostgres(jdbc);
        }
        return postgres;
    }
}
