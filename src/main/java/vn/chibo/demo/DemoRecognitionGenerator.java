package vn.chibo.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
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
    private final Timestamp now = Timestamp.from(Instant.now());
    private final List<Object[]> awards = new ArrayList<>();
    private final List<Object[]> discipline = new ArrayList<>();

    DemoRecognitionGenerator(JdbcTemplate jdbc, long seed, LocalDate today) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 11);
        this.today = today;
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
