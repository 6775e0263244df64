package vn.chibo.inspection.demo;

import static vn.chibo.inspection.demo.DemoInspectionGenerator.ts;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import vn.chibo.inspection.demo.DemoInspectionGenerator.Org;
import vn.chibo.inspection.demo.DemoInspectionGenerator.Subject;

/**
 * The findings of the demo inspections and their remediation, drawn from the inspections' random source as each
 * inspection is generated: strengths, shortcomings and violations with actions in every state the module knows, and
 * repeats flagged within the shipped rule set's window.
 */
final class DemoInspectionFindings {

    private static final int REPEAT_WINDOW_MONTHS = 12;
    /** Without C2.3 and C3.1, which the inspection tests record on the demo cell (repeat detection). */
    private static final String[] CELL_CRITERIA = {"C1.2", "C2.1", "C2.2", "C2.4", "C3.2", "C4.1"};
    private static final String[] MEMBER_CRITERIA = {"D1.1", "D2.1", "D3.1", "D4.1"};
    private static final String[] STRENGTHS = {
            "Duy trì nền nếp sinh hoạt chi bộ thường kỳ đúng quy định, nội dung sinh hoạt thiết thực",
            "Lãnh đạo đơn vị hoàn thành tốt nhiệm vụ huấn luyện, sẵn sàng chiến đấu",
            "Quản lý, giáo dục đảng viên chặt chẽ; đảng viên gương mẫu, đoàn kết",
            "Thực hiện nghiêm chế độ tự phê bình và phê bình, có phân loại đảng viên sát thực",
            "Làm tốt công tác phát triển đảng, bồi dưỡng quần chúng ưu tú",
            "Ghi chép sổ sách, hồ sơ đảng vụ đầy đủ, đúng hướng dẫn"};
    private static final String[] SHORTCOMINGS = {
            "Một số nghị quyết tháng chưa xác định rõ người chịu trách nhiệm thực hiện",
            "Biên bản sinh hoạt chi bộ ghi chép chưa đầy đủ ý kiến thảo luận",
            "Chưa thường xuyên kiểm tra việc thực hiện nhiệm vụ của đảng viên",
            "Việc thu, nộp đảng phí có tháng còn chậm so với quy định",
            "Chưa xây dựng kế hoạch bồi dưỡng quần chúng cảm tình Đảng cụ thể"};
    private static final String[] VIOLATIONS = {
            "Để đảng viên vi phạm kỷ luật quân đội nhưng chưa kịp thời kiểm điểm, xử lý",
            "Quản lý tài chính đảng chưa đúng nguyên tắc, thu chi không có chứng từ"};
    private static final String[] MEMBER_SHORTCOMINGS = {
            "Chưa thực hiện đầy đủ nhiệm vụ đảng viên được chi bộ phân công",
            "Chưa gương mẫu trong chấp hành giờ giấc, chế độ trong ngày"};
    private static final String[] ACTIONS = {
            "Bổ sung, hoàn thiện hồ sơ và báo cáo kết quả với đoàn kiểm tra",
            "Tổ chức kiểm điểm, rút kinh nghiệm trong sinh hoạt chi bộ",
            "Xây dựng lại kế hoạch và phân công người theo dõi thực hiện",
            "Chấn chỉnh nền nếp, báo cáo kết quả khắc phục với cấp ủy cấp trên"};

    private record Earlier(long id, LocalDate foundOn) {
    }

    private final Random random;
    private final LocalDate today;
    private final Long ruleSetId;
    private final List<Object[]> findings = new ArrayList<>();
    private final List<Object[]> actions = new ArrayList<>();
    private final Map<String, Earlier> lastByCriterion = new HashMap<>();
    private long nextFinding = 1;

    DemoInspectionFindings(Random random, LocalDate today, Long ruleSetId) {
        this.random = random;
        this.today = today;
        this.ruleSetId = ruleSetId;
    }

    /**
     * The findings of one inspection: strengths (fewer while it runs), and once it is over a shortcoming or two in about
     * half of them and a rare violation of an organization. The demo cell's inspection this year is set ({@link #anchor}).
     */
    void of(long inspectionId, Subject subject, Org owner, LocalDate foundOn, boolean running, boolean anchor) {
        if (anchor) {
            anchor(inspectionId, subject, owner, foundOn);
            return;
        }
        int strengths = running ? random.nextInt(2) : 2 + random.nextInt(2);
        for (int i = 0; i < strengths; i++) {
            strength(inspectionId, subject, owner, foundOn, i);
        }
        if (running) {
            return;
        }
        double p = random.nextDouble();
        if (p < 0.55) {
            remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", null);
        }
        if (p < 0.15) {
            remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", null);
        }
        if (subject.personId() == null && random.nextInt(20) == 0) {
            remediated(inspectionId, subject, owner, foundOn, "VIOLATION", null);
        }
    }

    /** The demo cell this year: strengths, an open shortcoming with an overdue action, one awaiting verification. */
    private void anchor(long inspectionId, Subject subject, Org owner, LocalDate foundOn) {
        strength(inspectionId, subject, owner, foundOn, 0);
        strength(inspectionId, subject, owner, foundOn, 1);
        remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", "OVERDUE");
        remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", "HANDLED");
    }

    private void strength(long inspectionId, Subject subject, Org owner, LocalDate foundOn, int n) {
        String text = STRENGTHS[(n * 2 + random.nextInt(STRENGTHS.length)) % STRENGTHS.length];
        finding(inspectionId, subject, owner, "STRENGTH", null, null, text, "NOTED", foundOn, null, null);
    }

    /**
     * A shortcoming or violation with its remediation. The state is chosen by age unless forced:
     * CLOSED, INEFFECTIVE (reopened), HANDLED, OVERDUE or PLANNED; a state whose dates would lie in
     * the future falls back to the next younger one.
     */
    private void remediated(long inspectionId, Subject subject, Org owner, LocalDate foundOn, String type, String forced) {
        long age = ChronoUnit.DAYS.between(foundOn, today);
        String state = forced;
        if (state == null) {
            double p = random.nextDouble();
            if (age > 150) {
                state = p < 0.85 ? "CLOSED" : p < 0.93 ? "INEFFECTIVE" : "HANDLED";
            } else {
                state = p < 0.25 ? "CLOSED" : p < 0.45 ? "HANDLED" : p < 0.55 ? "INEFFECTIVE" : age < 20 && p > 0.9 ? "NONE" : "PLANNED";
            }
        }
        int count = 1 + random.nextInt(2);
        LocalDate[] due = new LocalDate[count];
        LocalDate[] done = new LocalDate[count];
        LocalDate[] verified = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            due[i] = "OVERDUE".equals(forced) ? today.minusDays(6 + i) : foundOn.plusDays(20 + random.nextInt(40));
            done[i] = due[i].plusDays(random.nextInt(4) == 0 ? 1 + random.nextInt(10) : -random.nextInt(15));
            if (done[i].isBefore(foundOn)) {
                done[i] = foundOn.plusDays(1);
            }
            verified[i] = done[i].plusDays(3 + random.nextInt(10));
        }
        LocalDate lastDone = max(done);
        LocalDate lastVerified = max(verified);
        if (state.equals("CLOSED") && lastVerified.isAfter(today)) {
            state = "HANDLED";
        }
        if (state.equals("INEFFECTIVE") && verified[0].isAfter(today)) {
            state = "HANDLED";
        }
        if (state.equals("HANDLED") && lastDone.isAfter(today.minusDays(1))) {
            state = "PLANNED";
        }
        if ("HANDLED".equals(forced) && state.equals("PLANNED")) {
            for (int i = 0; i < count; i++) {
                done[i] = today.minusDays(2 + i);
                due[i] = done[i].plusDays(5);
            }
            lastDone = max(done);
            state = "HANDLED";
        }
        if (subject.responsible() == null) {
            state = "NONE";
        }
        String severity = type.equals("STRENGTH") ? null : type.equals("VIOLATION") ? (random.nextInt(3) == 0 ? "HIGH" : "MEDIUM") : random.nextInt(3) == 0 ? "MEDIUM" : "LOW";
        String criterion = criterion(subject);
        String text = subject.personId() != null ? MEMBER_SHORTCOMINGS[random.nextInt(MEMBER_SHORTCOMINGS.length)]
                : type.equals("VIOLATION") ? VIOLATIONS[random.nextInt(VIOLATIONS.length)] : SHORTCOMINGS[random.nextInt(SHORTCOMINGS.length)];
        String status = switch (state) {
            case "CLOSED" -> "CLOSED";
            case "HANDLED" -> "HANDLED";
            default -> "OPEN";
        };
        LocalDate closedOn = status.equals("CLOSED") ? (lastVerified.isBefore(foundOn) ? foundOn : lastVerified) : null;
        long findingId = finding(inspectionId, subject, owner, type, severity, criterion, text, status, foundOn,
                status.equals("HANDLED") ? lastDone : null, closedOn);
        if (state.equals("NONE")) {
            return;
        }
        for (int i = 0; i < count; i++) {
            long ownerId = subject.responsible().id();
            String ownerName = subject.responsible().name();
            LocalDate completed = null;
            String verification = null;
            String note = null;
            LocalDate verifiedOn = null;
            switch (state) {
                case "CLOSED" -> {
                    completed = done[i];
                    verification = "EFFECTIVE";
                    verifiedOn = verified[i];
                }
                case "HANDLED" -> completed = done[i];
                case "INEFFECTIVE" -> {
                    if (i == 0) {
                        verification = "INEFFECTIVE";
                        verifiedOn = verified[i];
                        note = "Chưa có chuyển biến rõ, yêu cầu tiếp tục khắc phục";
                    } else if (!done[i].isAfter(today)) {
                        completed = done[i];
                    }
                }
                default -> {
                }
            }
            actions.add(new Object[] {findingId, ACTIONS[(i + random.nextInt(ACTIONS.length)) % ACTIONS.length], ownerId, ownerName,
                    Date.valueOf(due[i]), date(completed), verification, note, date(verifiedOn),
                    verification == null ? null : "kiemtra", subject.path(), owner.path(), "system", ts(foundOn)});
        }
    }

    private String criterion(Subject subject) {
        if (random.nextInt(4) == 0) {
            return null;
        }
        if (subject.personId() != null) {
            return MEMBER_CRITERIA[random.nextInt(MEMBER_CRITERIA.length)];
        }
        return CELL_CRITERIA[random.nextInt(CELL_CRITERIA.length)];
    }

    private long finding(long inspectionId, Subject subject, Org owner, String type, String severity, String criterion, String text,
                         String status, LocalDate foundOn, LocalDate handledOn, LocalDate closedOn) {
        long id = nextFinding++;
        Long repeatOf = null;
        Long repeatRules = null;
        if (criterion != null && !type.equals("STRENGTH")) {
            String key = subject.key() + "|" + criterion;
            Earlier earlier = lastByCriterion.get(key);
            if (earlier != null && ruleSetId != null && !earlier.foundOn().isBefore(foundOn.minusMonths(REPEAT_WINDOW_MONTHS))) {
                repeatOf = earlier.id();
                repeatRules = ruleSetId;
            }
            lastByCriterion.put(key, new Earlier(id, foundOn));
        }
        Integer days = closedOn == null ? null : (int) ChronoUnit.DAYS.between(foundOn, closedOn);
        findings.add(new Object[] {id, inspectionId, type, severity, criterion, text, subject.personId(), subject.orgId(),
                subject.path(), owner.path(), status, Date.valueOf(foundOn), date(handledOn), date(closedOn), days, repeatOf,
                repeatRules, "system", ts(foundOn)});
        return id;
    }

    /** Rows not written yet. */
    int pending() {
        return findings.size() + actions.size();
    }

    /** Hands the rows to the writer (which clears them), findings before their actions. */
    void write(BiConsumer<String, List<Object[]>> batch) {
        batch.accept("insert into inspection_finding (id, inspection_id, finding_type, severity, criterion_code, description, person_id,"
                + " subject_org_id, org_path, inspecting_org_path, status, found_on, handled_on, closed_on, days_to_close,"
                + " repeat_of_id, rule_set_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                findings);
        batch.accept("insert into remediation_action (finding_id, content, owner_person_id, owner_name, due_on, completed_on, verification,"
                + " verification_note, verified_on, verified_by, org_path, inspecting_org_path, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actions);
    }

    private static LocalDate max(LocalDate[] dates) {
        LocalDate max = dates[0];
        for (LocalDate d : dates) {
            if (d.isAfter(max)) {
                max = d;
            }
        }
        return max;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
