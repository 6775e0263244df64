package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.chibo.importing.internal.ImportBatch;
import vn.chibo.importing.internal.ImportKind;
import vn.chibo.importing.internal.ImportService;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.EmbeddedPostgres;

/**
 * Import benchmark (not part of the test suite): 2,500 organizations then 30,000 people previewed and committed on
 * a real PostgreSQL, next to the raw figures of the same run: fastexcel reading the same people file, and the same
 * rows written without any check into the four tables the commit writes (person, status history, membership, import
 * link), once by JDBC batches and once by COPY; the ratios of the commit to read + write are printed.
 *
 * <pre>./mvnw test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Results are printed and written to {@code target/benchmarks/import.md}.
 */
@SpringBootTest(properties = "logging.level.vn.chibo=INFO")
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgres.class)
class ImportBenchmark {

    static final int COMMITTEES = 50;
    static final int CELLS_PER_COMMITTEE = 49;
    static final int PEOPLE = 30_000;
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Hữu", "Ngọc", "Quang", "Thanh"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hùng", "Khoa", "Lan", "Long", "Mai",
        "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt"};

    private final List<String> results = new ArrayList<>();

    @Autowired
    ImportService imports;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void measuresAnImportOfARegion() throws Exception {
        UserDetails admin = demo.user("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        long root = jdbc.sql("select min(id) from organization where parent_id is null").query(Long.class).single();
        results.add("| step | rows | ms | rows/s |");
        results.add("|---|---:|---:|---:|");

        byte[] organizations = organizationsFile(root);
        ImportBatch orgPreview = timed("Organizations: preview", COMMITTEES * (1 + CELLS_PER_COMMITTEE),
                () -> imports.preview(ImportKind.ORGANIZATIONS, "to-chuc.xlsx", organizations));
        assertThat(orgPreview.errorCount()).isZero();
        timed("Organizations: commit", orgPreview.rows(), () -> imports.commit(orgPreview.id()));

        List<Long> cells = jdbc.sql("select id from organization where name like 'Chi bộ Nhập Thử %' order by id")
                .query(Long.class).list();
        assertThat(cells).hasSize(COMMITTEES * CELLS_PER_COMMITTEE);
        assertThat(jdbc.sql("select count(*) from organization o join organization p on p.id = o.parent_id"
                        + " where o.name like 'Chi bộ Nhập Thử %' and o.path = p.path || o.id || '/' and o.depth = p.depth + 1")
                .query(Long.class).single()).as("every cell placed under its committee, across bulk runs").isEqualTo(cells.size());
        byte[] people = peopleFile(cells);
        results.add(String.format(Locale.ROOT, "| People file size | | %,d bytes | |", people.length));
        timed("Raw: fastexcel reads every cell of the people file", PEOPLE, () -> rawRead(people));
        Map<Long, String> paths = new java.util.HashMap<>();
        jdbc.sql("select id, path from organization where id in (:ids)").param("ids", cells)
                .query((rs, n) -> paths.put(rs.getLong(1), rs.getString(2))).list();
        timed("Raw: JDBC batch inserts the same person rows (rolled back)", PEOPLE, () -> rawInsert(cells, paths));
        timed("Raw: COPY of the same person rows (rolled back)", PEOPLE, () -> rawCopy(cells, paths));
        long rawBatch = millis("Raw: JDBC batch inserts the same rows into the commit's four tables: person, status history,"
                + " membership, import link; ids from the sequence first (rolled back)", PEOPLE,
                () -> rawFourTables(cells, paths, orgPreview.id(), false));
        long rawCopy = millis("Raw: COPY of the same rows into the commit's four tables (rolled back)", PEOPLE,
                () -> rawFourTables(cells, paths, orgPreview.id(), true));
        long rawCopyQuiet = millis("Raw: the same COPY with the four tables' own triggers off (figure journal, rollups;"
                + " foreign keys still checked; rolled back)", PEOPLE,
                () -> rawFourTables(cells, paths, orgPreview.id(), true, false));
        results.add(String.format(Locale.ROOT, "| Ratio: COPY with triggers / COPY without (the triggers' write cost) | | %.2f× | |",
                (double) rawCopy / rawCopyQuiet));
        long rawRead = millis("Raw: fastexcel reads every cell of the people file, again", PEOPLE, () -> rawRead(people));
        ImportBatch preview = timed("People: preview", PEOPLE,
                () -> imports.preview(ImportKind.PEOPLE, "nguoi.xlsx", people));
        assertThat(preview.errorCount()).isZero();
        long[] commitMs = new long[1];
        ImportBatch committed = timed("People: commit (re-plan of the previewed rows under the import lock; person, status history,"
                + " membership and import links through COPY; audit per 250 people; ANALYZE then runs in the background)", PEOPLE, () -> {
                    long start = System.nanoTime();
                    ImportBatch done = imports.commit(preview.id());
                    commitMs[0] = (System.nanoTime() - start) / 1_000_000;
                    return done;
                });
        results.add(String.format(Locale.ROOT, "| Ratio: commit / (raw read + raw four-table batch insert) | | %.2f× | |",
                (double) commitMs[0] / (rawRead + rawBatch)));
        results.add(String.format(Locale.ROOT, "| Ratio: commit / (raw read + raw four-table COPY) | | %.2f× | |",
                (double) commitMs[0] / (rawRead + rawCopy)));
        assertThat(committed.status()).isEqualTo(ImportBatch.Status.COMMITTED);
        assertThat(jdbc.sql("select count(*) from person where identity_number like '99%'").query(Long.class).single())
                .isEqualTo(PEOPLE);
        results.add(String.format(Locale.ROOT, "| Rows the people commit wrote: status history, membership, import links | %,d / %,d / %,d | | |",
                jdbc.sql("select count(*) from party_status_change c join person p on p.id = c.person_id"
                        + " where p.identity_number like '99%'").query(Long.class).single(),
                jdbc.sql("select count(*) from membership m join person p on p.id = m.person_id"
                        + " where p.identity_number like '99%'").query(Long.class).single(),
                jdbc.sql("select count(*) from import_record where batch_id = :b").param("b", preview.id()).query(Long.class).single()));
        long updatesOn = millis("Raw: 2,000 single-person updates (status and cell), one transaction each, triggers on",
                UPDATES, () -> singleUpdates(cells, true));
        long updatesOff = millis("Raw: the same 2,000 updates with the person table's own triggers off (one committed transaction each)",
                UPDATES, () -> singleUpdates(cells, false));
        results.add(String.format(Locale.ROOT, "| Ratio: single updates with triggers / without | | %.2f× | |",
                (double) updatesOn / updatesOff));
        timed("Of the commit, measured again alone: ANALYZE of the people tables", PEOPLE,
                () -> jdbc.sql("analyze person, party_status_change, membership, leadership_role").update());

        Path out = Path.of("target/benchmarks/import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", results) + "\n");
        results.forEach(System.out::println);
    }

    private long millis(String step, int rows, Supplier<?> work) {
        long start = System.nanoTime();
        timed(step, rows, work);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private <T> T timed(String step, int rows, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        results.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |", step, rows, ms, ms == 0 ? 0 : rows * 1000L / ms));
        return result;
    }

    private byte[] organizationsFile(long root) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 1; c <= COMMITTEES; c++) {
            rows.add(List.of("T" + c, "Đảng bộ Trung đoàn Nhập Thử " + c, "Đảng bộ cơ sở", "Lực lượng thường trực",
                    String.valueOf(root), "01/01/2015"));
            for (int k = 1; k <= CELLS_PER_COMMITTEE; k++) {
                rows.add(List.of("C" + c + "-" + k, "Chi bộ Nhập Thử " + c + "-" + k, "Chi bộ", "Lực lượng thường trực",
                        "T" + c, "01/01/2015"));
            }
        }
        return workbook("Tổ chức", List.of("Mã", "Tên tổ chức", "Loại tổ chức", "Khối", "Cấp trên trực tiếp", "Ngày thành lập"), rows);
    }

    private byte[] peopleFile(List<Long> cells) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            boolean member = i % 3 == 0;
            LocalDate birth = LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28);
            rows.add(List.of(name(i), birth.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    i % 4 == 0 ? "Nữ" : "Nam", String.format("%012d", 990_000_000_000L + i),
                    member ? "Đảng viên chính thức" : "Quần chúng", member ? "19/05/" + (birth.getYear() + 20) : "",
                    member ? "19/05/" + (birth.getYear() + 21) : "", String.valueOf(cells.get(i % cells.size()))));
        }
        return workbook("Đảng viên, quần chúng", List.of("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD",
                "Tình trạng", "Ngày vào Đảng", "Ngày chính thức", "Đơn vị sinh hoạt"), rows);
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 80) % GIVEN.length]
                + " " + GIVEN[(i / 1600) % GIVEN.length];
    }

    private static byte[] workbook(String sheetName, List<String> header, List<List<String>> rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Integer rawRead(byte[] file) {
        int[] cells = {0};
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             var rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> row.forEach(cell -> cells[0] += cell == null || cell.getText() == null ? 0 : 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells[0];
    }

    /** The same rows through PostgreSQL's COPY (text format), the fastest bulk load there is. */
    private Integer rawCopy(List<Long> cells, Map<Long, String> paths) {
        StringBuilder rows = new StringBuilder();
        String now = demo.now().toString();
        for (int i = 0; i < PEOPLE; i++) {
            boolean member = i % 3 == 0;
            LocalDate birth = LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28);
            long cell = cells.get(i % cells.size());
            rows.append(String.join("\t", name(i), VietnameseText.searchKey(name(i)), VietnameseText.personSortKey(name(i)),
                    birth.toString(), i % 4 == 0 ? "FEMALE" : "MALE", String.format("%012d", 970_000_000_000L + i),
                    String.valueOf(cell), paths.get(cell), member ? "OFFICIAL" : "MASS",
                    member ? LocalDate.of(birth.getYear() + 20, 5, 19).toString() : "\\N",
                    member ? LocalDate.of(birth.getYear() + 21, 5, 19).toString() : "\\N", "0", now, now)).append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new org.postgresql.copy.CopyManager(connection.unwrap(org.postgresql.core.BaseConnection.class)).copyIn(
                    "copy person (full_name, search_key, sort_key, birth_date, gender, identity_number, organization_id,"
                            + " org_path, party_status, admitted_on, official_since, version, created_at, updated_at) from stdin",
                    new java.io.StringReader(rows.toString()));
            connection.rollback();
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return PEOPLE;
    }

    /**
     * The rows the people commit writes, without any of its checks: for each person a person row (its id taken from the
     * sequence first, as the commit does), a status history row, a membership row and an import link row.
     */
    static final int UPDATES = 2_000;

    /**
     * One committed update per transaction, as a form does: a person's status and cell change. Without triggers, the
     * person table's own triggers are off for the loop (foreign keys still checked) and on again after it; this
     * database is the benchmark's own, and nothing reads the journal or rollups after this step.
     */
    private Integer singleUpdates(List<Long> cells, boolean triggers) {
        List<Long> people = jdbc.sql("select id from person where identity_number like '99%' order by id limit " + UPDATES)
                .query(Long.class).list();
        try (Connection connection = dataSource.getConnection(); var ddl = connection.createStatement()) {
            if (!triggers) {
                ddl.execute("alter table person disable trigger user");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update person set party_status = case"
                    + " when party_status = 'MASS' then 'SYMPATHISER' else 'MASS' end, organization_id = ?,"
                    + " org_path = (select path from organization where id = ?) where id = ?")) {
                for (int i = 0; i < people.size(); i++) {
                    long cell = cells.get((i * 7) % cells.size());
                    update.setLong(1, cell);
                    update.setLong(2, cell);
                    update.setLong(3, people.get(i));
                    update.executeUpdate();
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(true);
                if (!triggers) {
                    ddl.execute("alter table person enable trigger user");
                }
            }
            return people.size();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Integer rawFourTables(List<Long> cells, Map<Long, String> paths, long batchId, boolean copy) {
        return rawFourTables(cells, paths, batchId, copy, true);
    }

    /**
     * @param triggers false to write with the tables' own triggers off (the figure journal, rollups): their cost is the
     *                 difference; foreign keys stay checked ({@code DISABLE TRIGGER USER}), and the rollback restores them
     */
    private Integer rawFourTables(List<Long> cells, Map<Long, String> paths, long batchId, boolean copy, boolean triggers) {
        Timestamp now = Timestamp.from(demo.now());
        String at = demo.now().toString();
        LocalDate today = demo.today();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (!triggers) {
                try (var off = connection.createStatement()) {
                    for (String table : List.of("person", "party_status_change", "membership", "import_record")) {
                        off.execute("alter table " + table + " disable trigger user");
                    }
                }
            }
            List<Long> ids = new ArrayList<>(PEOPLE);
            try (PreparedStatement next = connection.prepareStatement(
                    "select nextval(pg_get_serial_sequence('person', 'id')) from generate_series(1, ?)")) {
                next.setInt(1, PEOPLE);
                try (var rs = next.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (copy) {
                StringBuilder person = new StringBuilder();
                StringBuilder status = new StringBuilder();
                StringBuilder membership = new StringBuilder();
                StringBuilder link = new StringBuilder();
                for (int i = 0; i < PEOPLE; i++) {
                    boolean member = i % 3 == 0;
                    LocalDate birth = LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28);
                    long cell = cells.get(i % cells.size());
                    person.append(String.join("\t", String.valueOf(ids.get(i)), name(i), VietnameseText.searchKey(name(i)),
                            VietnameseText.personSortKey(name(i)), birth.toString(), i % 4 == 0 ? "FEMALE" : "MALE",
                            String.format("%012d", 960_000_000_000L + i), String.valueOf(cell), paths.get(cell),
                            member ? "OFFICIAL" : "MASS", member ? LocalDate.of(birth.getYear() + 20, 5, 19).toString() : "\\N",
                            member ? LocalDate.of(birth.getYear() + 21, 5, 19).toString() : "\\N", "0", at, at)).append('\n');
                    status.append(ids.get(i)).append('\t').append(member ? "OFFICIAL" : "MASS").append('\t')
                            .append(member ? LocalDate.of(birth.getYear() + 21, 5, 19) : today).append("\tadmin\t").append(at).append('\n');
                    membership.append(ids.get(i)).append('\t').append(cell).append("\tPRIMARY\t").append(today).append('\n');
                    link.append(batchId).append("\tPerson\t").append(ids.get(i)).append("\tCREATE\t").append(i + 2).append('\n');
                }
                var copier = new org.postgresql.copy.CopyManager(connection.unwrap(org.postgresql.core.BaseConnection.class));
                copier.copyIn("copy person (id, full_name, search_key, sort_key, birth_date, gender, identity_number,"
                        + " organization_id, org_path, party_status, admitted_on, official_since, version, created_at, updated_at)"
                        + " from stdin", new java.io.StringReader(person.toString()));
                copier.copyIn("copy party_status_change (person_id, status, effective_on, recorded_by, recorded_at) from stdin",
                        new java.io.StringReader(status.toString()));
                copier.copyIn("copy membership (person_id, organization_id, kind, from_date) from stdin",
                        new java.io.StringReader(membership.toString()));
                copier.copyIn("copy import_record (batch_id, entity_type, entity_id, action, row_no) from stdin",
                        new java.io.StringReader(link.toString()));
            } else {
                try (PreparedStatement insert = connection.prepareStatement("insert into person (id, full_name, search_key,"
                        + " sort_key, birth_date, gender, identity_number, organization_id, org_path, party_status, admitted_on,"
                        + " official_since, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                    for (int i = 0; i < PEOPLE; i++) {
                        boolean member = i % 3 == 0;
                        LocalDate birth = LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28);
                        long cell = cells.get(i % cells.size());
                        insert.setLong(1, ids.get(i));
                        insert.setString(2, name(i));
                        insert.setString(3, VietnameseText.searchKey(name(i)));
                        insert.setString(4, VietnameseText.personSortKey(name(i)));
                        insert.setDate(5, Date.valueOf(birth));
                        insert.setString(6, i % 4 == 0 ? "FEMALE" : "MALE");
                        insert.setString(7, String.format("%012d", 950_000_000_000L + i));
                        insert.setLong(8, cell);
                        insert.setString(9, paths.get(cell));
                        insert.setString(10, member ? "OFFICIAL" : "MASS");
                        insert.setDate(11, member ? Date.valueOf(LocalDate.of(birth.getYear() + 20, 5, 19)) : null);
                        insert.setDate(12, member ? Date.valueOf(LocalDate.of(birth.getYear() + 21, 5, 19)) : null);
                        insert.setTimestamp(13, now);
                        insert.setTimestamp(14, now);
                        insert.addBatch();
                        if (i % 1000 == 999) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                batch(connection, "insert into party_status_change (person_id, status, effective_on, recorded_by, recorded_at)"
                        + " values (?, ?, ?, 'admin', ?)", (ps, i) -> {
                            boolean member = i % 3 == 0;
                            ps.setLong(1, ids.get(i));
                            ps.setString(2, member ? "OFFICIAL" : "MASS");
                            ps.setDate(3, Date.valueOf(member ? LocalDate.of(1970 + i % 35 + 21, 5, 19) : today));
                            ps.setTimestamp(4, now);
                        });
                batch(connection, "insert into membership (person_id, organization_id, kind, from_date) values (?, ?, 'PRIMARY', ?)",
                        (ps, i) -> {
                            ps.setLong(1, ids.get(i));
                            ps.setLong(2, cells.get(i % cells.size()));
                            ps.setDate(3, Date.valueOf(today));
                        });
                batch(connection, "insert into import_record (batch_id, entity_type, entity_id, action, row_no)"
                        + " values (?, 'Person', ?, 'CREATE', ?)", (ps, i) -> {
                            ps.setLong(1, batchId);
                            ps.setLong(2, ids.get(i));
                            ps.setInt(3, i + 2);
                        });
            }
            connection.rollback();
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return PEOPLE;
    }

    private interface RowSetter {
        void set(PreparedStatement ps, int i) throws java.sql.SQLException;
    }

    private static void batch(Connection connection, String sql, RowSetter setter) throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < PEOPLE; i++) {
                setter.set(insert, i);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private Integer rawInsert(List<Long> cells, Map<Long, String> paths) {
        String sql = "insert into person (full_name, search_key, sort_key, birth_date, gender, identity_number, organization_id,"
                + " org_path, party_status, admitted_on, official_since, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                Timestamp now = Timestamp.from(demo.now());
                for (int i = 0; i < PEOPLE; i++) {
                    boolean member = i % 3 == 0;
                    LocalDate birth = LocalDate.of(1970 + i % 35, 1 + i % 12, 1 + i % 28);
                    long cell = cells.get(i % cells.size());
                    insert.setString(1, name(i));
                    insert.setString(2, VietnameseText.searchKey(name(i)));
                    insert.setString(3, VietnameseText.personSortKey(name(i)));
                    insert.setDate(4, Date.valueOf(birth));
                    insert.setString(5, i % 4 == 0 ? "FEMALE" : "MALE");
                    insert.setString(6, String.format("%012d", 980_000_000_000L + i));
                    insert.setLong(7, cell);
                    insert.setString(8, paths.get(cell));
                    insert.setString(9, member ? "OFFICIAL" : "MASS");
                    insert.setDate(10, member ? Date.valueOf(LocalDate.of(birth.getYear() + 20, 5, 19)) : null);
                    insert.setDate(11, member ? Date.valueOf(LocalDate.of(birth.getYear() + 21, 5, 19)) : null);
                    insert.setTimestamp(12, now);
                    insert.setTimestamp(13, now);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.rollback();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return PEOPLE;
    }
}
