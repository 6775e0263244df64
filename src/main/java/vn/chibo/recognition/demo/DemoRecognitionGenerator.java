package vn.chibo.recognition.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.shared.text.VietnameseText;

/**
 * Demo awards and discipline over the last three years: collective and individual awards of the
 * COVID-19 emulation, the mentoring model and the annual reviews (a few percent of cells and
 * members each year), and rare discipline decisions (about three members in a thousand a year,
 * some self-detected, one cell reprimanded). The demo accounts' own cell is left without
 * discipline, so that their classification depends only on what they enter.
 */
final class DemoRecognitionGenerator {

    private static final int BATCH = 2000;
    private static final String[] REASONS = {"Hoàn thành xuất sắc nhiệm vụ năm", "Có thành tích trong phòng, chống dịch COVID-19",
            "Dìu dắt quần chúng tiến bộ, được kết nạp Đảng", "Tiêu biểu trong thực hiện mô hình Chi bộ 5 tốt, đảng viên 5 tốt"};
    private static final String[] DISCIPLINE_REASONS = {"Vi phạm quy định về chế độ sinh hoạt đảng",
            "Vi phạm kỷ luật quân đội, uống rượu bia trong giờ làm việc", "Thiếu trách nhiệm trong quản lý tài sản đơn vị",
            "Vi phạm quy định về những điều đảng viên không được làm"};

    private record Org(long id, String path, String type, String name) {
    }

    private record Member(long id, String name, long orgId, String orgPath) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> awards = new ArrayList<>();
    private final List<Object[]> discipline = new ArrayList<>();

    DemoRecognitionGenerator(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 11);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    void generate(long sampleCellId) {
        List<Org> cells = jdbc.query("select id, path, type, name from organization where status = 'ACTIVE' and type = 'CELL'"
                + " order by path", (rs, n) -> new Org(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        List<Member> members = jdbc.query("select id, full_name, organization_id, org_path from person"
                        + " where party_status in ('PROBATIONARY', 'OFFICIAL') order by id",
                (rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
        int year = today.getYear();
        for (int y = year - 2; y <= year; y++) {
            LocalDate reviewDate = LocalDate.of(y, 12, 26);
            if (reviewDate.isAfter(today)) {
                reviewDate = today.minusDays(3).getYear() == y ? today.minusDays(3) : null;
            }
            if (reviewDate == null) {
                continue;
            }
            String campaign = y == year - 2 ? "Phòng chống dịch COVID-19"
                    : y == year - 1 ? "Mô hình Cán bộ, đảng viên dìu dắt quần chúng và cấp dưới" : "Mô hình Chi bộ 5 tốt, đảng viên 5 tốt";
            String reason = REASONS[y - year + 2 + (y == year ? 1 : 0)];
            for (Org cell : cells) {
                if (random.nextDouble() < 0.12) {
                    award("ORGANIZATION", null, cell.id(), cell.id(), cell.path(), cell.name(), "COMMENDATION", "GRASSROOTS",
                            (110 + y % 100) + "/QĐ-ĐU", reviewDate, "Đảng ủy cơ sở", reason, campaign);
                }
            }
            for (Member m : members) {
                double p = random.nextDouble();
                if (p < 0.03) {
                    award("PERSON", m.id(), null, m.orgId(), m.orgPath(), m.name(), "COMMENDATION", "GRASSROOTS",
                            (120 + y % 100) + "/QĐ-ĐU", reviewDate, "Đảng ủy cơ sở", reason, campaign);
                } else if (p < 0.036) {
                    award("PERSON", m.id(), null, m.orgId(), m.orgPath(), m.name(), "CERTIFICATE_OF_MERIT", "REGION",
                            (900 + y % 100) + "/QĐ-BTL", reviewDate, "Bộ Tư lệnh Quân khu", reason, campaign);
                } else if (p < 0.039 && m.orgId() != sampleCellId && LocalDate.of(y, 6, 15).isBefore(today)) {
                    discipline("PERSON", m.id(), null, m.orgId(), m.orgPath(), m.name(),
                            random.nextInt(4) == 0 ? "WARNING" : "REPRIMAND", (30 + random.nextInt(60)) + "-QĐ/UBKT",
                            LocalDate.of(y, 3 + random.nextInt(3), 1 + random.nextInt(28)),
                            DISCIPLINE_REASONS[random.nextInt(DISCIPLINE_REASONS.length)], random.nextInt(3) == 0, false);
                }
            }
            if (y == year - 2 && cells.size() > 3) {
                Org cell = cells.get(cells.size() / 2);
                if (cell.id() != sampleCellId) {
                    discipline("ORGANIZATION", null, cell.id(), cell.id(), cell.path(), cell.name(), "REPRIMAND", "12-QĐ/UBKT",
                            LocalDate.of(y, 9, 10), "Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm kỷ luật", false, true);
                }
            }
        }
        flush();
        goodExamples(sampleCellId, cells, members);
    }

    /**
     * A few gương người tốt, việc tốt: about the demo cell and its members (published, one draft)
     * and about cells across the region, one of them withdrawn. Chosen without the random source,
     * so that the awards above stay as they were.
     */
    private void goodExamples(long sampleCellId, List<Org> cells, List<Member> members) {
        List<Object[]> rows = new ArrayList<>();
        Org sample = cells.stream().filter(c -> c.id() == sampleCellId).findFirst().orElse(null);
        List<Member> ofSample = members.stream().filter(m -> m.orgId() == sampleCellId).toList();
        if (sample != null) {
            story(rows, null, sample.id(), sample.id(), sample.path(), sample.name(), "Chi bộ giúp đỡ gia đình chiến sĩ khó khăn",
                    "Chi bộ vận động đảng viên, quần chúng trong đại đội góp ngày công, kinh phí sửa lại căn nhà dột nát cho gia đình"
                            + " một chiến sĩ mới nhập ngũ.\nViệc làm được cấp ủy cấp trên biểu dương, lan tỏa trong toàn tiểu đoàn.",
                    today.minusDays(40), "PUBLISHED");
        }
        if (ofSample.size() > 3) {
            Member m = ofSample.get(1);
            story(rows, m.id(), null, m.orgId(), m.orgPath(), m.name(), "Dìu dắt hai quần chúng được kết nạp Đảng",
                    "Đồng chí " + m.name() + " kiên trì kèm cặp, giúp đỡ hai chiến sĩ rèn luyện, học tập; cả hai đã được kết nạp Đảng"
                            + " trong năm.", today.minusDays(95), "PUBLISHED");
            Member d = ofSample.get(2);
            story(rows, d.id(), null, d.orgId(), d.orgPath(), d.name(), "Nhặt được của rơi trả lại người mất",
                    "Trên đường đi công tác, đồng chí " + d.name() + " nhặt được chiếc ví có nhiều giấy tờ và tiền, đã tìm cách"
                            + " liên hệ trả lại cho người mất.", today.minusDays(5), "DRAFT");
        }
        String[][] collective = {
                {"Đi đầu trong phong trào thi đua quyết thắng", " lãnh đạo đơn vị hoàn thành xuất sắc nhiệm vụ huấn luyện, kiểm tra"
                        + " bắn đạt loại giỏi."},
                {"Giúp nhân dân khắc phục hậu quả mưa bão", " huy động cán bộ, chiến sĩ giúp nhân dân địa phương sơ tán, dựng lại nhà"
                        + " cửa và dọn dẹp trường học sau cơn bão."},
                {"Tăng gia sản xuất cải thiện đời sống bộ đội", " xây dựng mô hình tăng gia khép kín, bảo đảm rau xanh và thực phẩm"
                        + " quanh năm cho đơn vị."},
                {"Hiến máu tình nguyện cứu người", " vận động đảng viên, quần chúng hiến máu tình nguyện, kịp thời cứu một cháu bé"
                        + " bị tai nạn giao thông."},
                {"Quản lý vũ khí, trang bị an toàn tuyệt đối", " duy trì nghiêm nền nếp bảo quản vũ khí, trang bị; nhiều năm liền"
                        + " không để xảy ra mất an toàn."}};
        for (int i = 0, n = 0; i < cells.size() && n < collective.length; i += 12, n++) {
            Org cell = cells.get(i);
            if (cell.id() == sampleCellId) {
                continue;
            }
            story(rows, null, cell.id(), cell.id(), cell.path(), cell.name(), collective[n][0], cell.name() + collective[n][1],
                    today.minusDays(30L + i * 7L), n == 2 ? "WITHDRAWN" : "PUBLISHED");
        }
        jdbc.batchUpdate("insert into good_example (subject_kind, person_id, subject_org_id, organization_id, org_path, subject_name,"
                + " title, story, status, published_at, story_date, search_key, created_by, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void story(List<Object[]> rows, Long personId, Long orgId, long organizationId, String path, String name, String title,
                       String story, LocalDate date, String status) {
        rows.add(new Object[] {personId != null ? "PERSON" : "ORGANIZATION", personId, orgId, organizationId, path, name, title,
                story, status, status.equals("DRAFT") ? null : Date.valueOf(date.plusDays(2).isAfter(today) ? today : date.plusDays(2)),
                Date.valueOf(date), VietnameseText.searchKey(name + " " + title), "system", now, now});
    }

    private void award(String kind, Long personId, Long orgId, long organizationId, String path, String name, String form,
                       String level, String number, LocalDate date, String issuedBy, String reason, String campaign) {
        awards.add(new Object[] {kind, personId, orgId, organizationId, path, name, VietnameseText.searchKey(name),
                kind.equals("PERSON") ? VietnameseText.personSortKey(name) : VietnameseText.nameSortKey(name), form, level,
                number, Date.valueOf(date), issuedBy, reason, campaign, VietnameseText.searchKey(campaign), "system", now, now});
        if (awards.size() >= BATCH) {
            flush();
        }
    }

    private void discipline(String kind, Long personId, Long orgId, long organizationId, String path, String name,
                            String form, String number, LocalDate date, String reason, boolean selfDetected,
                            boolean leadership) {
        discipline.add(new Object[] {kind, personId, orgId, organizationId, path, name, VietnameseText.searchKey(name),
                kind.equals("PERSON") ? VietnameseText.personSortKey(name) : VietnameseText.nameSortKey(name), form, number,
                Date.valueOf(date), "Ủy ban Kiểm tra Đảng ủy", reason, selfDetected, leadership, "system", now, now});
    }

    private void flush() {
        if (!awards.isEmpty()) {
            jdbc.batchUpdate("insert into award_record (recipient_kind, person_id, recipient_org_id, organization_id, org_path,"
                    + " recipient_name, search_key, sort_key, award_form, issuing_level, decision_number, decision_date, issued_by,"
                    + " reason, campaign, campaign_key, created_by, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", awards);
            awards.clear();
        }
        if (!discipline.isEmpty()) {
            jdbc.batchUpdate("insert into discipline_record (subject_kind, person_id, subject_org_id, organization_id, org_path,"
                    + " subject_name, search_key, sort_key, discipline_form, decision_number, decision_date, issued_by, reason,"
                    + " self_detected, leadership_collective, created_by, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", discipline);
            discipline.clear();
        }
    }
}
