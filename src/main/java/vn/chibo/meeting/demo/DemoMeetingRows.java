package vn.chibo.meeting.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import vn.chibo.meeting.demo.DemoMeetingGenerator.Course;
import vn.chibo.meeting.demo.DemoMeetingGenerator.Member;

/**
 * One demo meeting at a time as rows of the meeting tables (the meeting, its invitations and attendance, contributions,
 * action items, materials) and the supervision assignments, drawn from the generator's random source.
 */
final class DemoMeetingRows {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] OPINIONS = {
            "Đề nghị tăng cường kiểm tra việc chấp hành điều lệnh, nội vụ trong đơn vị",
            "Thống nhất với dự thảo nghị quyết, bổ sung chỉ tiêu huấn luyện bắn đạn thật",
            "Cần làm tốt công tác nắm bắt tư tưởng chiến sĩ mới",
            "Đề nghị chi bộ phân công đảng viên kèm cặp chiến sĩ có hoàn cảnh khó khăn",
            "Việc bảo quản vũ khí, trang bị kỹ thuật tháng qua có tiến bộ, cần duy trì",
            "Nên đưa nội dung học tập nghị quyết vào sinh hoạt tổ 3 người",
            "Cần chú ý an toàn giao thông khi đi phép, tranh thủ",
            "Đề nghị biểu dương các đồng chí hoàn thành xuất sắc nhiệm vụ trong đợt diễn tập"};
    private static final String[] PROPOSALS = {
            "Hiến kế cải tiến mô hình học cụ huấn luyện ban đêm",
            "Đề xuất tổ chức tăng gia sản xuất cải thiện đời sống bộ đội",
            "Đề xuất luân phiên đảng viên chuẩn bị chuyên đề sinh hoạt",
            "Hiến kế tiết kiệm điện, nước trong doanh trại",
            "Đề xuất lập nhóm giúp đỡ quần chúng ưu tú học lớp nhận thức về Đảng"};
    private static final String[] CRITICISMS = {
            "Tự phê bình: còn chậm báo cáo kết quả thực hiện nhiệm vụ được giao",
            "Phê bình tinh thần trách nhiệm trong trực ban, trực chiến còn chưa cao",
            "Tự phê bình: việc dìu dắt quần chúng còn chưa thường xuyên"};
    private static final String[] QUESTIONS = {
            "Đề nghị chi ủy giải thích rõ chỉ tiêu thi đua năm",
            "Kế hoạch huấn luyện tháng tới có thay đổi gì so với dự kiến?"};
    private static final String[] TASKS = {
            "Hoàn thành kiểm tra huấn luyện cuối tháng đạt khá trở lên",
            "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu",
            "Tổ chức sinh hoạt tổ 3 người, nắm tư tưởng chiến sĩ",
            "Bảo quản vũ khí, trang bị định kỳ theo quy định",
            "Giúp đỡ quần chúng ưu tú hoàn thiện hồ sơ kết nạp Đảng",
            "Tăng gia sản xuất, cải thiện bữa ăn bộ đội",
            "Hoàn thành học tập nghị quyết của cấp ủy cấp trên"};
    private static final String[] TOPICS = {
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu",
            "Xây dựng chi bộ trong sạch, vững mạnh",
            "Phòng, chống suy thoái tư tưởng chính trị, đạo đức, lối sống"};
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> meetings = new ArrayList<>();
    private final List<Object[]> attendees = new ArrayList<>();
    private final List<Object[]> contributions = new ArrayList<>();
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> materials = new ArrayList<>();
    private final List<Object[]> supervisions = new ArrayList<>();
    private long nextMeeting = 1;
    private long nextAttendee = 1;
    private long nextSupervision = 1;

    DemoMeetingRows(Random random, LocalDate today, Timestamp now) {
        this.random = random;
        this.today = today;
        this.now = now;
    }

    int meetingCount() {
        return meetings.size();
    }

    /** A superior committee member assigned to attend a cell's meetings from a day; returns the assignment's id. */
    long supervision(Object personId, Object personName, long committeeId, long cellId, String path, LocalDate from) {
        long id = nextSupervision++;
        supervisions.add(new Object[] {id, personId, personName, committeeId, cellId, path, from, "canbo", now});
        return id;
    }

    void meeting(long cellId, String path, List<Member> cellMembers, Long[] leaders, Course course, double progress,
                         LocalDate date, LocalTime start, String place, boolean held, boolean combined, Long truant,
                         Object[] supervisor, boolean lastMonth) {
        long id = nextMeeting++;
        List<Object[]> invited = new ArrayList<>();
        for (Member m : cellMembers) {
            String status = m.statusAt(date);
            if (status != null) {
                invited.add(new Object[] {m, status});
            }
        }
        Long chair = pick(invited, leaders == null ? null : leaders[0], 0);
        Long taker = pick(invited, leaders == null ? null : leaders[1], 1);
        double presentRate = 0.80 + 0.16 * progress + random.nextDouble() * 0.04;
        double speakRate = course == Course.FLAT ? 0.12 + random.nextDouble() * 0.22 : 0.20 + 0.62 * progress + random.nextDouble() * 0.12;
        int duration = (combined ? 30 : 0) + (int) Math.round(70 + 55 * progress + random.nextInt(25));
        LocalTime end = start.plusMinutes(duration);
        String status = !held ? "PLANNED" : lastMonth || YearMonth.from(date).equals(YearMonth.from(today)) ? "HELD" : "CLOSED";
        String topic = combined ? TOPICS[random.nextInt(TOPICS.length)] : null;
        List<Long> present = new ArrayList<>();
        int presentCount = 0;
        String manual = null;
        String resolution = null;
        Integer votes = null;
        if (held) {
            for (Object[] inv : invited) {
                Member m = (Member) inv[0];
                long attendeeId = nextAttendee++;
                String attendance;
                String reason = null;
                if (truant != null && m.id() == truant) {
                    attendance = "UNEXCUSED";
                } else if (random.nextDouble() < presentRate || Long.valueOf(m.id()).equals(chair) || Long.valueOf(m.id()).equals(taker)) {
                    attendance = "PRESENT";
                } else if (random.nextDouble() < 0.85 + 0.15 * progress) {
                    attendance = "EXCUSED";
                    reason = random.nextBoolean() ? "Đi công tác" : random.nextBoolean() ? "Ốm, nằm viện" : "Đi học";
                } else {
                    attendance = "UNEXCUSED";
                }
                attendees.add(new Object[] {attendeeId, id, m.id(), m.name(), m.sortKey(), "MEMBER", inv[1], null, null, null, attendance, reason});
                if ("PRESENT".equals(attendance)) {
                    present.add(attendeeId);
                    presentCount++;
                }
            }
            if (supervisor != null) {
                long attendeeId = nextAttendee++;
                boolean came = random.nextInt(100) < 70;
                attendees.add(new Object[] {attendeeId, id, supervisor[1], supervisor[2],
                        vn.chibo.shared.text.VietnameseText.personSortKey((String) supervisor[2]), "GUEST", null, "SUPERVISOR",
                        "Cấp ủy viên cấp trên, được phân công dự sinh hoạt", supervisor[0], came ? "PRESENT" : "EXCUSED",
                        came ? null : "Bận công tác"});
                if (came && random.nextBoolean()) {
                    contribution(id, attendeeId, "OPINION", "Đánh giá cao sự chuẩn bị của chi bộ; đề nghị tiếp tục phát huy dân chủ", false,
                            false, date, start);
                }
            }
            java.util.Collections.shuffle(present, random);
            int speakers = (int) Math.round(present.size() * Math.min(1.0, speakRate));
            for (int s = 0; s < speakers; s++) {
                int count = 1 + (random.nextInt(100) < 30 ? 1 : 0);
                for (int c = 0; c < count; c++) {
                    int k = random.nextInt(100);
                    String kind = k < 50 ? "OPINION" : k < 75 ? "PROPOSAL" : k < 90 ? "CRITICISM" : "QUESTION";
                    String[] texts = switch (kind) {
                        case "OPINION" -> OPINIONS;
                        case "PROPOSAL" -> PROPOSALS;
                        case "CRITICISM" -> CRITICISMS;
                        default -> QUESTIONS;
                    };
                    boolean before = "PROPOSAL".equals(kind) && random.nextInt(100) < 40 * progress;
                    contribution(id, present.get(s), kind, texts[random.nextInt(texts.length)],
                            !"QUESTION".equals(kind) && random.nextInt(100) < 35, before, date, start);
                }
            }
            int taskCount = invited.isEmpty() ? 0 : 2 + random.nextInt(2);
            LocalDate due = date.plusMonths(1).withDayOfMonth(1).minusDays(1);
            for (int t = 0; t < taskCount; t++) {
                Object[] assignee = invited.get(random.nextInt(invited.size()));
                Member who = (Member) assignee[0];
                long itemId = items.size() + 1L;
                String itemStatus;
                LocalDate closed = null;
                double doneInTime = 0.55 + 0.4 * progress;
                if (!due.isBefore(today)) {
                    itemStatus = random.nextBoolean() ? "IN_PROGRESS" : "OPEN";
                } else if (random.nextDouble() < doneInTime) {
                    itemStatus = "DONE";
                    closed = due.minusDays(random.nextInt(10));
                } else if (random.nextInt(100) < 75) {
                    closed = due.plusDays(20 + random.nextInt(30));
                    itemStatus = closed.isBefore(today) ? "DONE" : "IN_PROGRESS";
                    closed = closed.isBefore(today) ? closed : null;
                } else {
                    itemStatus = "CANCELLED";
                    closed = due.plusDays(30).isBefore(today) ? due.plusDays(30) : today;
                }
                items.add(new Object[] {itemId, id, cellId, path, TASKS[random.nextInt(TASKS.length)], who.id(), who.name(), due,
                        itemStatus, closed});
            }
            resolution = "Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng " + date.getMonthValue() + "/" + date.getYear()
                    + ":\n1. Lãnh đạo đơn vị hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu.\n"
                    + "2. Duy trì nghiêm kỷ luật, xây dựng nền nếp chính quy.\n3. Làm tốt công tác phát triển đảng viên.";
            votes = presentCount;
            int prep = (int) Math.round(6 + 4 * progress);
            int order = (int) Math.round(6 + 4 * progress - (random.nextInt(100) < 20 ? 1 : 0));
            int principles = (int) Math.round(7 + 3 * progress);
            manual = "{\"PREPARATION\":" + prep + ",\"ORDER\":" + Math.max(0, order) + ",\"PRINCIPLES\":" + principles + "}";
        }
        // materials: steady cells post two days ahead, others late or not at all early on
        double postEarly = 0.3 + 0.7 * progress;
        if (random.nextDouble() < 0.4 + 0.6 * progress || !held) {
            LocalDateTime startsAt = LocalDateTime.of(date, start);
            LocalDateTime posted = random.nextDouble() < postEarly ? startsAt.minusHours(26 + random.nextInt(48))
                    : startsAt.minusHours(2 + random.nextInt(18));
            if (posted.atZone(ZONE).toInstant().isBefore(now.toInstant())) {
                materials.add(new Object[] {id, "PREPARATION", "Dự thảo nghị quyết tháng " + date.getMonthValue() + "/" + date.getYear(),
                        "du-thao-nghi-quyet-" + date.getYear() + "-" + date.getMonthValue() + ".pdf", "application/pdf", (long) PDF.length,
                        PDF, "bithu", Timestamp.from(posted.atZone(ZONE).toInstant())});
            }
        }
        if (!held) {
            for (Object[] inv : invited) {
                Member m = (Member) inv[0];
                attendees.add(new Object[] {nextAttendee++, id, m.id(), m.name(), m.sortKey(), "MEMBER", inv[1], null, null, null,
                        "UNKNOWN", null});
            }
            if (supervisor != null) {
                attendees.add(new Object[] {nextAttendee++, id, supervisor[1], supervisor[2],
                        vn.chibo.shared.text.VietnameseText.personSortKey((String) supervisor[2]), "GUEST", null, "SUPERVISOR",
                        "Cấp ủy viên cấp trên, được phân công dự sinh hoạt", supervisor[0], "UNKNOWN", null});
            }
        }
        meetings.add(new Object[] {id, cellId, path, "REGULAR", combined, YearMonth.from(date).toString(), topic, date, start,
                held ? end : null, place, chair, taker,
                "1. Điểm danh; thông qua chương trình.\n2. Báo cáo kết quả thực hiện nghị quyết tháng trước.\n"
                        + "3. Thảo luận, hiến kế, góp ý.\n4. Nhiệm vụ tháng tới.\n5. Biểu quyết nghị quyết.\n6. Đánh giá chất lượng sinh hoạt.",
                status, resolution, votes, held ? 0 : null, manual, "bithu", now, now});
    }

    private void contribution(long meetingId, long attendeeId, String kind, String content, boolean adopted, boolean before,
                              LocalDate date, LocalTime start) {
        LocalDateTime at = before ? LocalDateTime.of(date, start).minusDays(1) : LocalDateTime.of(date, start).plusMinutes(20 + contributions.size() % 60);
        contributions.add(new Object[] {meetingId, attendeeId, kind, content, adopted, before, "bithu",
                Timestamp.from(at.atZone(ZONE).toInstant())});
    }

    /** The leader if invited, else the n-th invited member. */
    private static Long pick(List<Object[]> invited, Long leader, int fallback) {
        if (invited.isEmpty()) {
            return null;
        }
        if (leader != null && invited.stream().anyMatch(i -> ((Member) i[0]).id() == leader)) {
            return leader;
        }
        return ((Member) invited.get(Math.min(fallback, invited.size() - 1))[0]).id();
    }

    /** Hands each table's rows to the writer, parents before the rows that refer to them. */
    void write(BiConsumer<String, List<Object[]>> batch) {
        batch.accept("""
                insert into meeting_supervision (id, person_id, person_name, committee_id, organization_id, org_path, from_date,
                    assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", supervisions);
        batch.accept("""
                insert into meeting (id, organization_id, org_path, kind, combined_thematic, period, topic, meeting_date, start_time,
                    end_time, place, chair_id, minute_taker_id, agenda, status, resolution, votes_for, votes_against, manual_scores,
                    created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                meetings);
        batch.accept("""
                insert into meeting_attendee (id, meeting_id, person_id, full_name, sort_key, role, party_status, guest_kind,
                    guest_title, supervision_id, attendance, absence_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", attendees);
        batch.accept("""
                insert into meeting_contribution (meeting_id, attendee_id, kind, content, adopted, before_meeting, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", contributions);
        List<Object[]> itemRows = items.stream().map(i -> new Object[] {i[0], i[1], i[2], i[3], i[4], i[5], i[6], i[7], i[8], i[9], now})
                .toList();
        batch.accept("""
                insert into meeting_action_item (id, meeting_id, organization_id, org_path, content, assignee_id, assignee_name,
                    due_date, status, closed_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", itemRows);
        batch.accept("""
                insert into meeting_material (meeting_id, purpose, title, filename, content_type, size_bytes, content, posted_by,
                    posted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", materials);
    }
}
