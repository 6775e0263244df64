package vn.chibo.mentoring.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.recognition.AwardHistory;

/**
 * Three years of the 'dìu dắt quần chúng' programme for the demo region: every cell's members mentor
 * its masses in three-person groups (at most four mentees each, so some masses of big companies stay
 * unmentored), with group sessions, quarterly progress reviews and outcomes; members admitted in the
 * last three years were mentored before their admission. Awards to mentors and mentees are records of
 * the award register, decided while they mentored or were mentored, and an 'awarded' outcome links to
 * its record. JDBC batches of 2,000 rows.
 */
final class DemoMentoringGenerator {

    /** Who mentored whom: for the development pipeline's demo records. */
    record Result(Map<Long, Long> mentorOf) {
    }

    private static final int MAX_PER_MENTOR = 4;
    private static final int PER_GROUP = 2;
    private static final String TRAINING = "Tập huấn phương pháp dìu dắt quần chúng, sinh hoạt tổ 3 người";
    private static final String[] DIFFICULTIES = {"Nhớ nhà, tâm lý chưa ổn định", "Khó khăn kinh tế gia đình",
            "Chưa quen nền nếp chính quy", "Kết quả huấn luyện bắn súng chưa đạt", "Sức khỏe chưa tốt sau hành quân"};
    private static final String[] CONTENTS = {"Quán triệt nghị quyết lãnh đạo tháng của chi bộ",
            "Phổ biến nhiệm vụ huấn luyện, sẵn sàng chiến đấu của đơn vị", "Trao đổi kết quả rèn luyện của từng đồng chí",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Chuẩn bị kiểm tra kết thúc giai đoạn huấn luyện"};

    private static final String CAMPAIGN = "Mô hình Cán bộ, đảng viên dìu dắt quần chúng và cấp dưới";

    /** An 'awarded' outcome and the index of its award in {@link #awards}, linked once the register gave the ids. */
    private record AwardedOutcome(Object[] outcome, int award) {
    }

    private final JdbcTemplate jdbc;
    private final AwardHistory history;
    private final List<AwardHistory.GeneratedAward> awards = new ArrayList<>();
    private final List<AwardedOutcome> awarded = new ArrayList<>();
    private final long seed;
    private final LocalDate today;
    private final Timestamp now;

    DemoMentoringGenerator(JdbcTemplate jdbc, AwardHistory history, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.seed = seed;
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    private record P(long id, long org, String path, String name, String status, LocalDate sympathiser, LocalDate admitted,
                     LocalDate joined) {
    }

    Result generate() {
        Random random = new Random(seed + 41);
        Map<Long, List<P>> byCell = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.organization_id, p.org_path, p.full_name, p.party_status, p.sympathiser_since, p.admitted_on,
                       (select min(m.from_date) from membership m where m.person_id = p.id)
                from person p join organization o on o.id = p.organization_id
                where o.type = 'CELL' order by p.organization_id, p.id""", rs -> {
            byCell.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new P(rs.getLong(1), rs.getLong(2), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class)));
        });
        List<Object[]> mentors = new ArrayList<>();
        List<Object[]> groups = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> reviews = new ArrayList<>();
        List<Object[]> outcomes = new ArrayList<>();
        Map<Long, Long> mentorOf = new HashMap<>();
        long groupId = 0;
        long assignmentId = 0;
        LocalDate programmeStart = today.minusYears(3);
        for (List<P> people : byCell.values()) {
            List<P> members = people.stream().filter(p -> p.status().equals("OFFICIAL") || p.status().equals("PROBATIONARY")).toList();
            List<P> masses = people.stream().filter(p -> p.status().equals("MASS") || p.status().equals("SYMPATHISER")).toList();
            if (members.isEmpty()) {
                continue;
            }
            Map<Long, List<P>> menteesOf = new LinkedHashMap<>();
            for (int i = 0; i < masses.size() && i < members.size() * MAX_PER_MENTOR; i++) {
                menteesOf.computeIfAbsent(members.get(i % members.size()).id(), k -> new ArrayList<>()).add(masses.get(i));
            }
            // members admitted in the programme's years were mentored before their admission
            List<P> admitted = people.stream().filter(p -> p.admitted() != null && p.admitted().isAfter(programmeStart.plusMonths(6)))
                    .toList();
            for (int i = 0; i < members.size(); i++) {
                P mentor = members.get(i);
                List<P> current = menteesOf.getOrDefault(mentor.id(), List.of());
                List<P> past = new ArrayList<>();
                for (int a = i; a < admitted.size(); a += members.size()) {
                    if (admitted.get(a).id() != mentor.id()) {
                        past.add(admitted.get(a));
                    }
                }
                if (current.isEmpty() && past.isEmpty()) {
                    continue;
                }
                LocalDate trainedOn = programmeStart.minusDays(random.nextInt(60));
                boolean awardedMentor = random.nextInt(100) < 12;
                List<LocalDate[]> spans = new ArrayList<>();
                mentors.add(new Object[] {mentor.id(), mentor.org(), mentor.path(), i < 3 ? "CADRE" : "PARTY_MEMBER", TRAINING,
                        Date.valueOf(trainedOn), true, now});
                for (P mentee : past) {
                    LocalDate start = mentee.admitted().minusMonths(14 + random.nextInt(6));
                    spans.add(new LocalDate[] {start, mentee.admitted()});
                    long g = ++groupId;
                    groups.add(new Object[] {g, mentee.org(), mentee.path(), mentor.id(), mentor.name(), Date.valueOf(start),
                            Date.valueOf(mentee.admitted()), now});
                    long a = ++assignmentId;
                    assignments.add(new Object[] {a, g, mentor.id(), mentee.id(), mentee.org(), mentee.path(), Date.valueOf(start),
                            Date.valueOf(mentee.admitted()), "ADMITTED", "Phấn đấu trở thành đảng viên", now});
                    mentorOf.put(mentee.id(), mentor.id());
                    if (mentee.sympathiser() != null && mentee.sympathiser().isAfter(start)) {
                        outcomes.add(outcome(a, mentor, mentee, "SYMPATHISER", mentee.sympathiser()));
                    }
                    outcomes.add(outcome(a, mentor, mentee, "ADMITTED", mentee.admitted()));
                    pastReviews(reviews, a, mentee.id(), mentee.path(), start, mentee.admitted());
                    sessions(random, sessions, g, mentee.path(), start, mentee.admitted());
                }
                int groupNumber = 0;
                for (int from = 0; from < current.size(); from += PER_GROUP) {
                    groupNumber++;
                    List<P> chunk = current.subList(from, Math.min(current.size(), from + PER_GROUP));
                    LocalDate start = chunk.stream().map(p -> p.joined() == null ? today.minusMonths(6) : p.joined())
                            .max(LocalDate::compareTo).orElseThrow();
                    if (start.isBefore(programmeStart)) {
                        start = programmeStart.plusDays(random.nextInt(90));
                    }
                    if (!start.isBefore(today)) {
                        start = today.minusDays(7);
                    }
                    spans.add(new LocalDate[] {start, today});
                    long g = ++groupId;
                    groups.add(new Object[] {g, mentor.org(), mentor.path(), mentor.id(),
                            groupNumber == 1 ? mentor.name() : mentor.name() + " (" + groupNumber + ")", Date.valueOf(start), null, now});
                    for (P mentee : chunk) {
                        long a = ++assignmentId;
                        assignments.add(new Object[] {a, g, mentor.id(), mentee.id(), mentee.org(), mentee.path(), Date.valueOf(start),
                                null, null, "Hoàn thành tốt nhiệm vụ, phấn đấu vào danh sách cảm tình Đảng", now});
                        mentorOf.put(mentee.id(), mentor.id());
                        reviews(random, reviews, a, mentee.id(), mentee.path(), start);
                        if (mentee.sympathiser() != null && !mentee.sympathiser().isBefore(start)) {
                            outcomes.add(outcome(a, mentor, mentee, "SYMPATHISER", mentee.sympathiser()));
                        }
                        if (random.nextInt(100) < 20) {
                            LocalDate on = start.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())));
                            if (random.nextBoolean()) {
                                outcomes.add(outcome(a, mentor, mentee, "TASKS_WELL", on));
                            } else {
                                int award = award(mentee, on, "Tiến bộ vượt bậc trong thời gian được dìu dắt, hoàn thành xuất sắc nhiệm vụ");
                                Object[] row = outcome(a, mentor, mentee, "AWARDED", on);
                                awarded.add(new AwardedOutcome(row, award));
                                outcomes.add(row);
                            }
                        }
                    }
                    sessions(random, sessions, g, mentor.path(), start, today);
                }
                // an award to a mentor is a record of the register, decided while he mentored
                if (awardedMentor && !spans.isEmpty()) {
                    LocalDate[] span = spans.get(random.nextInt(spans.size()));
                    LocalDate on = span[0].plusDays(random.nextInt((int) Math.max(1, span[1].toEpochDay() - span[0].toEpochDay())));
                    award(mentor, on.isAfter(today) ? today : on, "Thực hiện tốt mô hình cán bộ, đảng viên dìu dắt quần chúng");
                }
            }
        }
        batch("insert into mentor (person_id, organization_id, org_path, kind, training, trained_on, active, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", mentors);
        batch("insert into mentoring_group (id, organization_id, org_path, mentor_person_id, name, formed_on, ended_on, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", groups);
        batch("insert into mentoring_assignment (id, group_id, mentor_person_id, mentee_person_id, organization_id, org_path,"
                + " start_date, end_date, end_reason, goals, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assignments);
        batch("insert into mentoring_session (group_id, org_path, held_on, topics, content, difficulties_raised,"
                + " difficulties_resolved, shared_notes, mass_organizations, attendees, recorded_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessions);
        batch("insert into mentoring_review (assignment_id, mentee_person_id, org_path, review_period, rating,"
                + " review_comment, reviewed_on, reviewed_by) values (?, ?, ?, ?, ?, ?, ?, ?)", reviews);
        List<Long> awardIds = history.record(awards, now.toInstant());
        awarded.forEach(a -> a.outcome()[a.outcome().length - 1] = awardIds.get(a.award()));
        batch("insert into mentoring_outcome (assignment_id, mentor_person_id, mentee_person_id, org_path, kind, occurred_on,"
                + " recorded_by, award_record_id) values (?, ?, ?, ?, ?, ?, ?, ?)", outcomes);
        return new Result(mentorOf);
    }

    private static Object[] outcome(long assignment, P mentor, P mentee, String kind, LocalDate on) {
        return new Object[] {assignment, mentor.id(), mentee.id(), mentee.path(), kind, Date.valueOf(on), "system", null};
    }

    /** A commendation of the grassroots committee in the mentoring campaign, one decision number per year; returns its index. */
    private int award(P person, LocalDate on, String reason) {
        awards.add(new AwardHistory.GeneratedAward(person.id(), person.org(), person.path(), person.name(), "COMMENDATION",
                "GRASSROOTS", (140 + on.getYear() % 100) + "/QĐ-ĐU", on, "Đảng ủy cơ sở", reason, CAMPAIGN));
        return awards.size() - 1;
    }

    /** Monthly sessions in the last three months, one a quarter before that. */
    private void sessions(Random random, List<Object[]> rows, long group, String path, LocalDate from, LocalDate to) {
        LocalDate day = to.minusDays(3 + random.nextInt(10));
        LocalDate monthStart = to.withDayOfMonth(1);
        if (day.isBefore(monthStart)) {
            // the board counts this month's sessions: early in a month (on the 1st too) the groups have already met
            day = monthStart.plusDays(day.getDayOfMonth() % to.getDayOfMonth());
        }
        int n = 0;
        while (!day.isBefore(from)) {
            boolean difficulty = random.nextInt(100) < 35;
            String raised = difficulty ? DIFFICULTIES[random.nextInt(DIFFICULTIES.length)] : null;
            rows.add(new Object[] {group, path, Date.valueOf(day), difficulty ? "RESOLUTIONS,TASKS,DIFFICULTIES" : "RESOLUTIONS,TASKS",
                    CONTENTS[random.nextInt(CONTENTS.length)], raised, difficulty && random.nextInt(100) < 70 ? raised : null,
                    null, random.nextInt(100) < 25 ? "YOUTH_UNION" : null, 3, "system", now});
            day = day.minusMonths(n++ < 3 ? 1 : 3).minusDays(random.nextInt(5));
        }
    }

    /** Reviews of the last two completed quarters the assignment lived through. */
    private void reviews(Random random, List<Object[]> rows, long assignment, long mentee, String path, LocalDate start) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        for (int q = 1; q <= 2; q++) {
            LocalDate begin = quarterStart.minusMonths(3L * q);
            LocalDate end = begin.plusMonths(3).minusDays(1);
            if (start.isAfter(end)) {
                continue;
            }
            int r = random.nextInt(100);
            rows.add(review(assignment, mentee, path, begin, end, r));
        }
        // the quarters before, back to the assignment's start or three years (a three-year review needs them), from a
        // stream of their own so that the rest of the demo stays as it was; the first quarters mentored rate lower
        Random earlier = new Random(assignment * 31 + 7);
        for (int q = 3; q <= EARLIER_QUARTERS; q++) {
            LocalDate begin = quarterStart.minusMonths(3L * q);
            LocalDate end = begin.plusMonths(3).minusDays(1);
            if (start.isAfter(end)) {
                break;
            }
            long mentored = java.time.temporal.ChronoUnit.MONTHS.between(start.withDayOfMonth(1), begin) / 3;
            rows.add(review(assignment, mentee, path, begin, end, draw(earlier, mentored)));
        }
    }

    /**
     * The quarterly reviews of an assignment that ended with the mentee's admission: each quarter mentored that was over
     * by then, from a stream of its own (the rest of the demo stays as it was).
     */
    private void pastReviews(List<Object[]> rows, long assignment, long mentee, String path, LocalDate start,
                             LocalDate ended) {
        Random random = new Random(assignment * 31 + 11);
        LocalDate begin = start.withDayOfMonth(1).withMonth(((start.getMonthValue() - 1) / 3) * 3 + 1);
        for (long mentored = 0; !begin.plusMonths(3).minusDays(1).isAfter(ended) && begin.plusMonths(3).isBefore(today); mentored++) {
            LocalDate end = begin.plusMonths(3).minusDays(1);
            if (!end.isBefore(start)) {
                rows.add(review(assignment, mentee, path, begin, end, draw(random, mentored)));
            }
            begin = begin.plusMonths(3);
        }
    }

    /** How many quarters back the demo's mentees were reviewed, the last two included. */
    private static final int EARLIER_QUARTERS = 12;

    /** A rating draw (0–99, lower is better) for a quarter after {@code mentored} quarters: the first ones rate lower. */
    private static int draw(Random random, long mentored) {
        return Math.min(99, random.nextInt(100) + (int) Math.max(0, 20 - 5 * mentored));
    }

    /** A quarter's review of an assignment: the lower {@code r} (0–99), the better the rating. */
    private static Object[] review(long assignment, long mentee, String path, LocalDate begin, LocalDate end, int r) {
        String rating = r < 30 ? "EXCELLENT" : r < 75 ? "GOOD" : r < 95 ? "FAIR" : "WEAK";
        return new Object[] {assignment, mentee, path, begin.getYear() + "-Q" + ((begin.getMonthValue() - 1) / 3 + 1), rating,
                null, Date.valueOf(end), "system"};
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 2000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 2000)));
        }
    }
}
