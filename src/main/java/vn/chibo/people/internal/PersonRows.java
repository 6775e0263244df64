package vn.chibo.people.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.jdbc.CopyRows;

/**
 * The person, party_status_change, membership and leadership_role rows of a bulk load: on PostgreSQL through
 * {@code COPY} with the person ids taken from the sequence first; elsewhere in JDBC batches of {@value #BATCH}, the
 * person ids coming back as the batch's generated keys, in order.
 */
@Repository
class PersonRows {

    static final int BATCH = 1000;

    /** A checked person ready to insert: cleaned values, search and sort keys, the organization's path. */
    record NewRow(int index, String fullName, String searchKey, String sortKey, LocalDate birthDate, Gender gender,
                  String identityNumber, String militaryRank, String positionTitle, String education, String phone,
                  long organizationId, String orgPath, PartyStatus status, LocalDate sympathiserSince,
                  LocalDate admittedOn, LocalDate officialSince, PartyPosition role, LocalDate roleFrom) {

        /** The date the status history starts from, as {@link PersonService#create} records it. */
        LocalDate statusSince(LocalDate today) {
            LocalDate date = switch (status) {
                case SYMPATHISER -> sympathiserSince;
                case PROBATIONARY -> admittedOn;
                case OFFICIAL -> officialSince;
                default -> null;
            };
            return date == null ? today : date;
        }
    }

    private static final String PERSON = """
            insert into person (full_name, search_key, sort_key, birth_date, gender, identity_number, military_rank,
            position_title, education, phone, organization_id, org_path, party_status, sympathiser_since, admitted_on,
            official_since, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final List<String> PERSON_COLUMNS = List.of("id", "full_name", "search_key", "sort_key", "birth_date",
            "gender", "identity_number", "military_rank", "position_title", "education", "phone", "organization_id", "org_path",
            "party_status", "sympathiser_since", "admitted_on", "official_since", "version", "created_at", "updated_at");
    private static final String STATUS = """
            insert into party_status_change (person_id, status, effective_on, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?)""";
    private static final String MEMBERSHIP = """
            insert into membership (person_id, organization_id, kind, from_date) values (?, ?, 'PRIMARY', ?)""";
    private static final String ROLE = """
            insert into leadership_role (person_id, organization_id, role, from_date) values (?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    PersonRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> insert(List<NewRow> rows, String recordedBy, Instant now, LocalDate today) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        if (postgres()) {
            return copy(rows, recordedBy, at, today);
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<NewRow> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            ids.addAll(insertPeople(chunk, at));
        }
        batch(STATUS, rows.size(), (ps, i) -> {
            NewRow row = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, row.status().name());
            ps.setObject(3, row.statusSince(today));
            ps.setString(4, recordedBy);
            ps.setObject(5, at);
        });
        batch(MEMBERSHIP, rows.size(), (ps, i) -> {
            ps.setLong(1, ids.get(i));
            ps.setLong(2, rows.get(i).organizationId());
            ps.setObject(3, today);
        });
        insertRoles(rows, ids);
        return ids;
    }

    /**
     * On PostgreSQL: the ids taken from the identity's sequence in one query, then the person, status history and
     * membership rows through {@code COPY} (the fastest load there is; same transaction).
     */
    private List<Long> copy(List<NewRow> rows, String recordedBy, OffsetDateTime at, LocalDate today) {
        List<Long> ids = jdbc.queryForList("select nextval(pg_get_serial_sequence('person', 'id'))"
                + " from generate_series(1, ?)", Long.class, rows.size());
        CopyRows.copy(jdbc, "person", PERSON_COLUMNS, rows.size(), (i, line) -> {
            NewRow row = rows.get(i);
            line.number(ids.get(i)).text(row.fullName()).text(row.searchKey()).text(row.sortKey()).date(row.birthDate())
                    .text(row.gender().name()).text(row.identityNumber()).text(row.militaryRank()).text(row.positionTitle())
                    .text(row.education()).text(row.phone()).number(row.organizationId()).text(row.orgPath())
                    .text(row.status().name()).date(row.sympathiserSince()).date(row.admittedOn()).date(row.officialSince())
                    .number(0).timestamp(at).timestamp(at);
        });
        CopyRows.copy(jdbc, "party_status_change", List.of("person_id", "status", "effective_on", "recorded_by", "recorded_at"),
                rows.size(), (i, line) -> line.number(ids.get(i)).text(rows.get(i).status().name())
                        .date(rows.get(i).statusSince(today)).text(recordedBy).timestamp(at));
        CopyRows.copy(jdbc, "membership", List.of("person_id", "organization_id", "kind", "from_date"), rows.size(),
                (i, line) -> line.number(ids.get(i)).number(rows.get(i).organizationId()).text("PRIMARY").date(today));
        insertRoles(rows, ids);
        return ids;
    }

    private void insertRoles(List<NewRow> rows, List<Long> ids) {
        List<Integer> withRole = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).role() != null) {
                withRole.add(i);
            }
        }
        batch(ROLE, withRole.size(), (ps, i) -> {
            NewRow row = rows.get(withRole.get(i));
            ps.setLong(1, ids.get(withRole.get(i)));
            ps.setLong(2, row.organizationId());
            ps.setString(3, row.role().name());
            ps.setObject(4, row.roleFrom());
        });
    }

    /** Elsewhere than PostgreSQL the ids come back as the batch's generated keys. */
    private List<Long> insertPeople(List<NewRow> chunk, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement(PERSON, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        personValues(ps, chunk.get(i), at);
                    }

                    @Override
                    public int getBatchSize() {
                        return chunk.size();
                    }
                }, keys);
        List<Map<String, Object>> generated = keys.getKeyList();
        if (generated.size() != chunk.size()) {
            throw new IllegalStateException("expected " + chunk.size() + " generated ids, got " + generated.size());
        }
        return generated.stream().map(k -> ((Number) (k.containsKey("id") ? k.get("id") : k.get("ID"))).longValue()).toList();
    }

    private static void personValues(PreparedStatement ps, NewRow row, OffsetDateTime at) throws SQLException {
        ps.setString(1, row.fullName());
        ps.setString(2, row.searchKey());
        ps.setString(3, row.sortKey());
        date(ps, 4, row.birthDate());
        ps.setString(5, row.gender().name());
        ps.setString(6, row.identityNumber());
        ps.setString(7, row.militaryRank());
        ps.setString(8, row.positionTitle());
        ps.setString(9, row.education());
        ps.setString(10, row.phone());
        ps.setLong(11, row.organizationId());
        ps.setString(12, row.orgPath());
        ps.setString(13, row.status().name());
        date(ps, 14, row.sympathiserSince());
        date(ps, 15, row.admittedOn());
        date(ps, 16, row.officialSince());
        ps.setObject(17, at);
        ps.setObject(18, at);
    }

    /** Identity numbers among these that a recorded person already has, in sets of {@value #BATCH}. */
    List<String> takenIdentityNumbers(Collection<String> numbers) {
        List<String> all = List.copyOf(numbers);
        List<String> taken = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            taken.addAll(jdbc.queryForList("select identity_number from person where identity_number in ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")", String.class, chunk.toArray()));
        }
        return taken;
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = vn.chibo.shared.jdbc.Databases.isPostgres(jdbc);
        }
        return postgres;
    }

    void analyze() {
        if (postgres()) {
            jdbc.execute("analyze person, party_status_change, membership, leadership_role");
        }
    }

    private interface RowSetter {
        void set(PreparedStatement ps, int i) throws SQLException;
    }

    private void batch(String sql, int count, RowSetter setter) {
        for (int from = 0; from < count; from += BATCH) {
            int offset = from;
            int size = Math.min(count, from + BATCH) - from;
            jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    setter.set(ps, offset + i);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            });
        }
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }
}
