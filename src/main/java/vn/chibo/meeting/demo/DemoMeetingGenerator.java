package vn.chibo.meeting.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo cell meetings: a regular meeting every month for the last {@code months} months in every cell (every third one
 * combined with a thematic session), invitations from the members at each date, attendance, contributions, the
 * resolution with action items carried until done, materials, manual scores and superior committee members assigned to
 * attend some cells. Cells follow one of three courses: steady good meetings, flat meetings where few members speak, or
 * improving from flat to good over the period; a few members miss meetings without reason often enough to be flagged
 * for striking off. This month's meeting is held if its day has passed, otherwise planned. Written with JDBC batches;
 * the meeting module then scores everything ({@link vn.chibo.meeting.MeetingScoring}).
 */
final class DemoMeetingGenerator {

    enum Course { STEADY, FLAT, IMPROVING }

    record Member(long id, String name, String sortKey, long cell, LocalDate since, LocalDate admitted, LocalDate official) {

        /** Status at a date, or null when not (yet) a member of the cell then. */
        String statusAt(LocalDate day) {
            if (since.isAfter(day) || admitted == null || admitted.isAfter(day)) {
                return null;
            }
            return official != null && !official.isAfter(day) ? "OFFICIAL" : "PROBATIONARY";
        }
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final int months;
    private final DemoMeetingRows rows;

    DemoMeetingGenerator(JdbcTemplate jdbc, long seed, Clock clock, int months) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 10);
        this.today = LocalDate.now(clock);
        this.months = months;
        this.rows = new DemoMeetingRows(random, today, Timestamp.from(clock.instant()));
    }

    int meetingCount() {
        return rows.meetingCount();
    }

    /** @param sampleCell the demo secretary's cell: it improves over the period */
    void generate(long sampleCell) {
        Map<Long, List<Member>> membersByCell = new HashMap<>();
        jdbc.query("""
                select p.id, p.full_name, p.sort_key, p.organization_id, ms.from_date, p.admitted_on, p.official_since
                from person p join membership ms on ms.person_id = p.id and ms.kind = 'PRIMARY' and ms.to_date is null
                join organization o on o.id = p.organization_id and o.type = 'CELL'
                where p.party_status in ('PROBATIONARY', 'OFFICIAL') order by p.organization_id, p.sort_key, p.id""", rs -> {
            membersByCell.computeIfAbsent(rs.getLong(4), k -> new ArrayList<>()).add(new Member(rs.getLong(1), rs.getString(2),
                    rs.getString(3), rs.getLong(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                    rs.getObject(7, LocalDate.class)));
        });
        Map<Long, Long[]> leaders = new HashMap<>();
        jdbc.query("select organization_id, person_id, role from leadership_role where to_date is null and role in ('SECRETARY', 'DEPUTY_SECRETARY')",
                rs -> {
                    Long[] pair = leaders.computeIfAbsent(rs.getLong(1), k -> new Long[2]);
                    pair["SECRETARY".equals(rs.getString(3)) ? 0 : 1] = rs.getLong(2);
                });
        // committee members of each committee (candidates to attend the cells below)
        Map<Long, List<Object[]>> committeeMembers = new HashMap<>();
        jdbc.query("""
                select r.organization_id, r.person_id, p.full_name, p.organization_id from leadership_role r join person p on p.id = r.person_id
                join organization o on o.id = r.organization_id where r.to_date is null and o.type <> 'CELL'
                and r.role in ('DEPUTY_SECRETARY', 'STANDING_COMMITTEE', 'COMMITTEE_MEMBER') order by r.organization_id, r.id""", rs -> {
            committeeMembers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Object[] {rs.getLong(2), rs.getString(3), rs.getLong(4)});
        });
        List<Object[]> cells = new ArrayList<>();
        jdbc.query("select id, path, parent_id, valid_from from organization where type = 'CELL' and status = 'ACTIVE' order by path",
                rs -> {
                    cells.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class)});
                });
        YearMonth current = YearMonth.from(today);
        YearMonth first = current.minusMonths(months - 1L);
        for (Object[] cell : cells) {
            long cellId = (Long) cell[0];
            String path = (String) cell[1];
            long parentId = (Long) cell[2];
            List<Member> members = membersByCell.getOrDefault(cellId, List.of());
            if (members.isEmpty()) {
                continue;
            }
            int roll = random.nextInt(100);
            Course course = cellId == sampleCell ? Course.IMPROVING : roll < 55 ? Course.STEADY : roll < 75 ? Course.FLAT : Course.IMPROVING;
            int day = 3 + random.nextInt(8);
            LocalTime start = random.nextBoolean() ? LocalTime.of(7, 30) : LocalTime.of(13, 30);
            String place = random.nextBoolean() ? "Hội trường đơn vị" : "Phòng Hồ Chí Minh";
            // a member who keeps missing meetings without reason (strike-off alert) in a few cells
            Long truant = random.nextInt(100) < 4 && members.size() > 4 ? members.get(members.size() - 1).id() : null;
            // and one who has missed two months this year (a warning)
            Long warned = random.nextInt(100) < 5 && members.size() > 5 ? members.get(members.size() - 2).id() : null;
            // a superior committee member assigned to attend about four cells in ten
            Object[] supervisor = null;
            if (random.nextInt(100) < 40) {
                List<Object[]> candidates = committeeMembers.getOrDefault(parentId, List.of()).stream()
                        .filter(c -> (Long) c[2] != cellId).toList();
                if (!candidates.isEmpty()) {
                    Object[] chosen = candidates.get(random.nextInt(candidates.size()));
                    LocalDate from = first.atDay(1);
                    long id = rows.supervision(chosen[0], chosen[1], parentId, cellId, path, from);
                    supervisor = new Object[] {id, chosen[0], chosen[1]};
                }
            }
            LocalDate founded = (LocalDate) cell[3];
            for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
                LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
                if (date.isBefore(founded)) {
                    continue;
                }
                // how well the cell runs its meetings (0 weak … 1 good); flat cells are orderly but quiet
                double progress = course == Course.STEADY ? 0.85 + random.nextDouble() * 0.15 : course == Course.FLAT ? 0.55
                        : (double) (month.getYear() * 12 + month.getMonthValue() - first.getYear() * 12 - first.getMonthValue())
                        / Math.max(1, months - 1);
                boolean held = date.isBefore(today);
                Long absentWithoutReason = truant != null && month.getYear() == today.getYear() && month.getMonthValue() % 4 == 2 ? truant
                        : warned != null && month.getYear() == today.getYear() && (month.getMonthValue() == 3 || month.getMonthValue() == 8)
                        ? warned : null;
                rows.meeting(cellId, path, members, leaders.get(cellId), course, progress, date, start, place, held,
                        month.getMonthValue() % 3 == 0, absentWithoutReason, supervisor, month.equals(current.minusMonths(1)));
            }
        }
        rows.write(this::batch);
    }

    private void batch(String sql, List<Object[]> table) {
        for (int from = 0; from < table.size(); from += 1000) {
            jdbc.batchUpdate(sql, table.subList(from, Math.min(table.size(), from + 1000)));
        }
    }
}
