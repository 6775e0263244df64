package vn.chibo.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.shared.text.VietnameseText;

/**
 * Builds the national dataset from the "region" demo the application has just loaded (every row, key and copied
 * path written by the application's own generators), in set-based SQL on one PostgreSQL connection:
 * <ol>
 *   <li>a national root organization is put above the region, and every copied path of every table gets its
 *       segment (so the region becomes one province-sized subtree);</li>
 *   <li>the region is cloned {@code copies - 1} times with {@code insert … select}: every id column (the primary
 *       key and every reference to a cloned table) moves by {@code k × offset}, every path column is rewritten
 *       segment by segment, the few text columns holding ids ({@code quota_group}, {@code person_key},
 *       {@code identity_number}) follow; rule books, rubrics, accounts, sessions and audit are shared, not cloned;</li>
 *   <li>each copy's party members are doubled (person and membership rows) so that a cell has ~20 members as in
 *       the country, not ~12 as in the demo;</li>
 *   <li>the region's classification round(s) and programmes become the root's, absorbing the copies'.</li>
 * </ol>
 * Foreign-key triggers are off while loading ({@code session_replication_role = replica}); identity sequences are
 * set past the new ids; {@code VACUUM ANALYZE} at the end. Search and sort keys are the application's (copied rows,
 * names unchanged; the renamed copy roots get keys from {@link VietnameseText}).
 */
final class NationalDataset {

    /** Full scale: 107 copies of the region's 2,922 organizations ≈ 312,000 organizations. */
    static final int FULL_SCALE_COPIES = 107;
    static final String ROOT_NAME = "Đảng bộ Quân đội nhân dân Việt Nam";

    private static final Logger log = LoggerFactory.getLogger(NationalDataset.class);
    private static final Set<String> SHARED = Set.of("flyway_schema_history", "account", "password_history", "login_throttle",
            "audit_entry", "spring_session", "spring_session_attributes", "shedlock", "scheduled_job_run", "event_publication",
            "import_batch", "import_issue", "import_record", "import_commit_lock", "notification", "notification_settings",
            "rulebook", "review_lock", "report_template", "national_benchmark", "figure_change", "figure_change_generation",
            "review_answer", "classification_group_count", "person_status_count", "person_subtree_count", "person_name_count", "organization_subtree_count", "registration_review",
            "mentoring_count", "mentoring_review_count", "mentoring_mentor_event", "mentoring_award",
            "meeting_month_roll", "meeting_child_month", "meeting_thematic_month", "meeting_child_quarter",
            "development_reach_count", "registration_count", "self_review_count",
            "api_token", "mentoring_presence", "mentoring_presence_horizon");

    private static final String REACH_COLUMNS = java.util.Arrays.stream(vn.chibo.development.internal.Stage.values())
            .map(st -> st.name().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "));
    private static final String REACH_SUMS = java.util.Arrays.stream(vn.chibo.development.internal.Stage.values())
            .map(st -> "count(*) filter (where r.stage = '" + st.name() + "')").collect(java.util.stream.Collectors.joining(", "));

    private final DataSource dataSource;
    private final int copies;
    /** The only tables whose rows the copies get ({@code -Dnational.only}), empty for every table. */
    private final Set<String> only;
    private final List<String> timings = new ArrayList<>();

    NationalDataset(DataSource dataSource, double scale) {
        this.dataSource = dataSource;
        this.copies = Math.max(1, (int) Math.round(FULL_SCALE_COPIES * scale));
        this.only = only();
    }

    /**
     * {@code -Dnational.only=organization,person,…}: the copies get the rows of these tables only (the first region
     * keeps all of its own), for a dataset of the whole country's organizations and people on a disk too small for
     * every table at full scale.
     */
    static Set<String> only() {
        return java.util.Arrays.stream(System.getProperty("national.only", "").split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    int copies() {
        return copies;
    }

    List<String> timings() {
        return timings;
    }

    /** The id of the national root, building the dataset first unless a previous run left it in this database. */
    long build() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("create table if not exists national_benchmark (root_id bigint not null, copies int not null,"
                    + " built_in_ms bigint not null)");
            try (ResultSet rs = s.executeQuery("select root_id, copies from national_benchmark")) {
                if (rs.next()) {
                    if (rs.getInt(2) != copies) {
                        throw new IllegalStateException("This database holds " + rs.getInt(2) + " copies, not " + copies
                                + ": choose another national.data directory or delete it");
                    }
                    return rs.getLong(1);
                }
            }
            long started = System.currentTimeMillis();
            long root = generate(c, s);
            s.execute("insert into national_benchmark values (" + root + ", " + copies + ", "
                    + (System.currentTimeMillis() - started) + ")");
            step(s, "vacuum analyze", "VACUUM ANALYZE");
            return root;
        }
    }

    private long generate(Connection c, Statement s) throws SQLException {
        Map<String, List<String[]>> columns = columns(c);
        long offset = offset(s, columns.keySet());
        long root = offset * copies + 1;
        long region = single(s, "select id from organization where parent_id is null");
        s.execute("set session_replication_role = replica");
        s.execute("create or replace function bench_shift(p text, off bigint) returns text language sql immutable"
                + " parallel safe as $$ select '/' || string_agg(case when ord = 1 then x else (x::bigint + off)::text end,"
                + " '/' order by ord) || '/' from unnest(string_to_array(trim(both '/' from p), '/')) with ordinality"
                + " as t(x, ord) $$");
        String type = text(s, "select type from organization where id = " + region);
        String category = text(s, "select category from organization where id = " + region);
        try (PreparedStatement p = c.prepareStatement("insert into organization (id, parent_id, path, depth, type, category,"
                + " name, search_key, sort_key, status, valid_from, version, created_at, updated_at) values (?, null, ?, 0, ?, ?,"
                + " ?, ?, ?, 'ACTIVE', date '1945-01-01', 0, now(), now())")) {
            p.setLong(1, root);
            p.setString(2, "/" + root + "/");
            p.setString(3, type);
            p.setString(4, category);
            p.setString(5, ROOT_NAME);
            p.setString(6, VietnameseText.searchKey(ROOT_NAME));
            p.setString(7, VietnameseText.nameSortKey(ROOT_NAME));
            p.executeUpdate();
        }
        long rootStep = System.currentTimeMillis();
        for (Map.Entry<String, List<String>> table : allPathColumns(c).entrySet()) {
            for (String column : table.getValue()) {
                s.executeUpdate("update " + table.getKey() + " set " + column + " = '/" + root + "' || " + column
                        + " where " + column + " is not null and " + column + " not like '/" + root + "/%'");
            }
        }
        s.executeUpdate("update organization set depth = depth + 1 where id <> " + root);
        s.executeUpdate("update organization set parent_id = " + root + " where id = " + region);
        timings.add(String.format("national root above the region: %,d ms", System.currentTimeMillis() - rootStep));
        for (int k = 1; k < copies; k++) {
            long copyStarted = System.currentTimeMillis();
            for (Map.Entry<String, List<String[]>> table : columns.entrySet()) {
                if (only.isEmpty() || only.contains(table.getKey())) {
                    s.executeUpdate(copy(table.getKey(), table.getValue(), k * offset, k, root, offset));
                }
            }
            String name = "Đảng bộ Khu vực " + (k + 1);
            try (PreparedStatement p = c.prepareStatement("update organization set name = ?, short_name = ?, search_key = ?,"
                    + " sort_key = ? where id = ?")) {
                p.setString(1, name);
                p.setString(2, "KV" + (k + 1));
                p.setString(3, VietnameseText.searchKey(name));
                p.setString(4, VietnameseText.nameSortKey(name));
                p.setLong(5, region + k * offset);
                p.executeUpdate();
            }
            log.info("National dataset: copy {} of {} in {} ms", k + 1, copies, System.currentTimeMillis() - copyStarted);
        }
        step(s, "doubled party members", doubleMembers(columns, offset));
        rootRounds(s, region, root);
        for (String table : columns.keySet()) {
            s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
        }
        s.execute("select setval(pg_get_serial_sequence('organization', 'id'), " + root + ")");
        s.execute("drop function bench_shift(text, bigint)");
        // the figure change journal's triggers were off with the others: no kept review answer may be served any more
        s.execute("update figure_change_generation set generation = generation + 1 where id = 1");
        s.execute("delete from review_answer");
        s.execute("delete from figure_change");
        // so were the classification group counts' (V43): counted again from the entries, once
        step(s, "classification group counts", "delete from classification_group_count; insert into classification_group_count"
                + " (round_id, quota_group, subject_kind, status, grade, stray_org_id, deciding_org_id, deciding_org_path,"
                + " stray_org_path, entries) select round_id, quota_group, subject_kind, status, coalesce(decided_grade, ''),"
                + " case when starts_with(org_path, deciding_org_path) then 0 else organization_id end, min(deciding_org_id),"
                + " min(deciding_org_path), min(case when starts_with(org_path, deciding_org_path) then null else org_path end),"
                + " count(*) from classification_entry group by 1, 2, 3, 4, 5, 6");
        // the per-organization people counts were not kept by their trigger either: rebuilt from the rows, set-based
        step(s, "people counts rebuilt", "delete from person_status_count; insert into person_status_count"
                + " (organization_id, party_status, org_path, people) select organization_id, party_status, max(org_path),"
                + " count(*) from person group by organization_id, party_status");
        step(s, "organization subtree counts rebuilt", "delete from organization_subtree_count; insert into"
                + " organization_subtree_count (organization_id, type, founded_month, organizations) select a.id, o.type,"
                + " cast(date_trunc('month', o.valid_from) as date), count(*) from organization o cross join lateral"
                + " unnest(path_ancestor_ids(o.path)) a(id) where o.status = 'ACTIVE' group by 1, 2, 3");
        step(s, "people subtree counts rebuilt", "delete from person_subtree_count; insert into person_subtree_count"
                + " (organization_id, party_status, people) select a.id, c.party_status, sum(c.people) from person_status_count c"
                + " cross join lateral unnest(path_ancestor_ids(c.org_path)) a(id) group by a.id, c.party_status");
        step(s, "people per name rebuilt", "delete from person_name_count; insert into person_name_count (root_id, sort_key,"
                + " search_key, mass, sympathiser, probationary, official, struck_off, deceased) select path_child_id(org_path, 2),"
                + " sort_key, search_key, " + vn.chibo.support.PeopleCountCheck.NAME_COUNTS + " from person group by 1, 2, 3");
        // and the registrations' review marks (V45)
        step(s, "review marks rebuilt", "delete from registration_review; insert into registration_review"
                + " (registration_id, review_period, programme_id, org_path, indicator_rows) select v.registration_id,"
                + " v.review_period, min(s.programme_id), min(s.org_path), count(*) from self_review v"
                + " join registration s on s.id = v.registration_id group by v.registration_id, v.review_period");
        // and the mentoring board's yearly counts (V46): counted again by the migration's own first count
        step(s, "mentoring counts rebuilt", "delete from mentoring_mentor_event; delete from mentoring_award;"
                + " delete from mentoring_count; delete from mentoring_review_count; " + mentoringCountsFirstCount());
        // and the presence per range of years (V60): emptied, then counted again by the benchmark's raise of the horizon
        // (from its clock, NationalBenchmark), as the application does once started
        step(s, "mentoring presence emptied", "delete from mentoring_presence; update mentoring_presence_horizon"
                + " set kept_to_year = null");
        // and the meetings' monthly rollup (V47), added up again from the meeting rows
        step(s, "meeting month rollup rebuilt", "delete from meeting_month_roll; insert into meeting_month_roll (unit, month_start,"
                + " period, held, regular, regular_on_time, thematic, invited, present, speakers, unexcused, contributions, good, fair,"
                + " average, poor, score_sum, scored, flat) select regexp_replace(org_path, '[^/]+/$', ''),"
                + " cast(date_trunc('month', meeting_date) as date), period, count(*), count(*) filter (where kind = 'REGULAR'),"
                + " count(*) filter (where kind = 'REGULAR' and to_char(meeting_date, 'YYYY-MM') = period),"
                + " count(*) filter (where kind = 'THEMATIC' or combined_thematic), sum(official_count + probationary_count),"
                + " sum(present_count), sum(speaker_count), sum(unexcused_count), sum(contribution_count),"
                + " count(*) filter (where grade = 'GOOD'), count(*) filter (where grade = 'FAIR'),"
                + " count(*) filter (where grade = 'AVERAGE'), count(*) filter (where grade = 'POOR'), coalesce(sum(score), 0),"
                + " count(score), count(*) filter (where flat) from meeting where status in ('HELD', 'CLOSED')"
                + " and kind <> 'COMMITTEE' group by 1, 2, 3");
        // and the same figures and the thematic quarters per child of every ancestor (V59): counted again by the migration's
        // own first count
        step(s, "meeting counts per child rebuilt", "delete from meeting_child_month; delete from meeting_thematic_month;"
                + " delete from meeting_child_quarter; " + meetingChildMonthFirstCount());
        // nor the development reach counts (V48): rebuilt from the events as the migration first filled them
        step(s, "development reach counts rebuilt", "delete from development_reach_count; insert into development_reach_count"
                + " (organization_id, reach_year, previous_year, org_path, " + REACH_COLUMNS + ") select c.organization_id,"
                + " r.reach_year, r.previous_year, max(c.org_path), " + REACH_SUMS + " from (select candidate_id, stage, reach_year,"
                + " coalesce(lag(reach_year) over (partition by candidate_id, stage order by reach_year), 0) as previous_year"
                + " from (select distinct candidate_id, stage, cast(extract(year from occurred_on) as int) as reach_year"
                + " from development_event) y) r join development_candidate c on c.id = r.candidate_id"
                + " group by c.organization_id, r.reach_year, r.previous_year");
        // nor the registration counts (V49)
        step(s, "registration counts rebuilt", "delete from registration_count; insert into registration_count (programme_id,"
                + " organization_id, org_path, registered, recognised) select r.programme_id, r.organization_id, max(r.org_path),"
                + " count(*), count(*) filter (where a.status = 'DECIDED' and a.decided_recognised) from registration r"
                + " left join assessment a on a.registration_id = r.id group by r.programme_id, r.organization_id");
        step(s, "review counts rebuilt", "delete from self_review_count; insert into self_review_count (programme_id,"
                + " organization_id, review_period, org_path, reviewed) select r.programme_id, r.organization_id, v.review_period,"
                + " max(r.org_path), count(distinct r.id) from self_review v join registration r on r.id = v.registration_id"
                + " group by r.programme_id, r.organization_id, v.review_period");
        s.execute("set session_replication_role = origin");
        return root;
    }

    /** The statements with which migration V46 counts the mentoring rows already there. */
    private static String mentoringCountsFirstCount() {
        try (var in = NationalDataset.class.getResourceAsStream("/db/migration/postgresql/V46__mentoring_counts.sql")) {
            String migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("-- the rows already there, counted once"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The statements with which migration V59 counts the meetings already there per child of every ancestor. */
    static String meetingChildMonthFirstCount() {
        try (var in = NationalDataset.class.getResourceAsStream("/db/migration/postgresql/V59__meeting_child_month.sql")) {
            String migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return migration.substring(migration.indexOf("-- first count, from the meeting rows"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One {@code insert … select} cloning the region's rows of a table as copy {@code k}. */
    private static String copy(String table, List<String[]> columns, long off, int k, long root, long offset) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] column : columns) {
            String name = column[0];
            names.add(name);
            values.add(switch (column[1]) {
                case "id" -> table.equals("organization") && name.equals("parent_id")
                        ? "case when parent_id = " + root + " then parent_id else parent_id + " + off + " end"
                        : name + " + " + off;
                case "path" -> "bench_shift(" + name + ", " + off + ")";
                case "quota" -> "case when quota_group ~ '^[0-9]+-' then (split_part(quota_group, '-', 1)::bigint + " + off
                        + ")::text || substr(quota_group, position('-' in quota_group)) else quota_group end";
                case "person_key" -> "case when person_key = 0 then 0 else person_key + " + off + " end";
                case "identity" -> "identity_number || '-" + k + "'";
                default -> name;
            });
        }
        return "insert into " + table + " (" + String.join(", ", names) + ") select " + String.join(", ", values)
                + " from " + table + " where id < " + offset;
    }

    private String doubleMembers(Map<String, List<String[]>> columns, long offset) {
        StringBuilder sql = new StringBuilder();
        String members = "party_status in ('OFFICIAL', 'PROBATIONARY')";
        for (String table : List.of("person", "membership")) {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (String[] column : columns.get(table)) {
                names.add(column[0]);
                // a second member beside each one, in the same organization: only the rows' own ids and the membership's
                // person move (shifting every id column gave 3.1 million of them an organization that does not exist)
                values.add(switch (column[1]) {
                    case "id" -> column[0].equals("id") || column[0].equals("person_id") ? column[0] + " + " + (offset / 2) : column[0];
                    case "identity" -> "identity_number || '-d'";
                    default -> column[0];
                });
            }
            String source = table.equals("person") ? "person where " + members + " and id % " + offset + " < " + offset / 2
                    : "membership where id % " + offset + " < " + offset / 2 + " and kind = 'PRIMARY' and to_date is null"
                    + " and person_id in (select id from person where " + members + " and id % " + offset + " < " + offset / 2 + ")";
            sql.append("insert into ").append(table).append(" (").append(String.join(", ", names)).append(") select ")
                    .append(String.join(", ", values)).append(" from ").append(source).append(";\n");
        }
        return sql.toString();
    }

    /** The region's rounds and programmes become the root's; the copies' rounds and programmes are merged into them. */
    private void rootRounds(Statement s, long region, long root) throws SQLException {
        String rootPath = "'/" + root + "/'";
        step(s, "root classification round", "update classification_entry e set round_id = o.id from classification_round c"
                + " join classification_round o on o.round_year = c.round_year and o.organization_id = " + region
                + " where e.round_id = c.id and c.id <> o.id and c.org_path like '/" + root + "/%' and c.organization_id in"
                + " (select id from organization where parent_id = " + root + ");"
                + " delete from classification_round c where c.organization_id in (select id from organization where parent_id = "
                + root + " and id <> " + region + ") and not exists (select 1 from classification_entry e where e.round_id = c.id);"
                + " update classification_round set organization_id = " + root + ", org_path = " + rootPath
                + " where organization_id = " + region);
        for (String child : List.of("programme_subject", "registration")) {
            s.executeUpdate("update " + child + " x set programme_id = o.id from programme c join programme o on o.name = c.name"
                    + " and o.organization_id = " + region + " where x.programme_id = c.id and c.id <> o.id and c.organization_id in"
                    + " (select id from organization where parent_id = " + root + ")");
        }
        s.executeUpdate("delete from programme c where c.organization_id in (select id from organization where parent_id = "
                + root + " and id <> " + region + ") and not exists (select 1 from registration r where r.programme_id = c.id)"
                + " and not exists (select 1 from programme_subject r where r.programme_id = c.id)");
        s.executeUpdate("update programme set organization_id = " + root + ", org_path = " + rootPath
                + " where organization_id = " + region);
    }

    private void step(Statement s, String what, String sql) throws SQLException {
        long started = System.currentTimeMillis();
        s.execute(sql);
        timings.add(String.format("%s: %,d ms", what, System.currentTimeMillis() - started));
    }

    /** Cloned tables → (column, kind): kind is "id", "path", "quota", "person_key", "identity" or "plain". */
    private static Map<String, List<String[]>> columns(Connection c) throws SQLException {
        Map<String, String> references = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select kcu.table_name, kcu.column_name, ccu.table_name from information_schema.table_constraints tc
                join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name
                 and kcu.table_schema = tc.table_schema
                join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                 and ccu.table_schema = tc.table_schema
                where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()""")) {
            while (rs.next()) {
                references.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
            }
        }
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.table_name, c.column_name, c.data_type from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
                order by c.table_name, c.ordinal_position""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                if (SHARED.contains(table)) {
                    continue;
                }
                String target = references.get(table + "." + column);
                boolean id = rs.getString(3).equals("bigint") && (column.equals("id") || column.endsWith("_id"))
                        && (target == null || !SHARED.contains(target));
                String kind = id ? "id" : column.endsWith("path") ? "path" : column.equals("quota_group") ? "quota"
                        : column.equals("person_key") ? "person_key" : column.equals("identity_number") ? "identity" : "plain";
                tables.computeIfAbsent(table, t -> new ArrayList<>()).add(new String[] {column, kind});
            }
        }
        tables.values().removeIf(cols -> cols.stream().noneMatch(col -> col[0].equals("id") && col[1].equals("id")));
        return tables;
    }

    private static Map<String, List<String>> allPathColumns(Connection c) throws SQLException {
        Map<String, List<String>> paths = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name like '%path'
                and c.table_name <> 'audit_entry'""")) {
            while (rs.next()) {
                paths.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return paths;
    }

    /** A power of ten at least twice every id of the region, so that doubled members fit in the upper half. */
    private static long offset(Statement s, Set<String> tables) throws SQLException {
        long max = 0;
        for (String table : tables) {
            max = Math.max(max, single(s, "select coalesce(max(id), 0) from " + table));
        }
        long offset = 10;
        while (offset < 2 * max + 2) {
            offset *= 10;
        }
        return offset;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
