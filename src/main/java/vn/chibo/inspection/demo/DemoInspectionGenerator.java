package vn.chibo.inspection.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.shared.text.VietnameseText;

/**
 * Demo kiểm tra, giám sát over the last three years: each division and regiment committee adopts
 * an annual plan; the plan items that are due become inspections and supervisions of cells and
 * some members, with findings (mostly strengths, some shortcomings, a few violations) and their
 * remediation in every state the module knows (being planned, overdue, reported done, verified
 * effective and closed, verified not effective and reopened). Past inspections are concluded and
 * all but some recent notices are sent; each plan ends with a December item, not yet done in the
 * current year. The demo secretary's cell always has an inspection this year with an
 * overdue action and a finding awaiting verification, so that the worklist of the division's
 * inspector, the cell's own view and the officer's board have something to show on first run.
 * Generated rows follow the module's rules: a closed finding has every action verified effective
 * and its days to close computed; a repeat is flagged within the shipped 12-month window.
 */
final class DemoInspectionGenerator {

    private static final int BATCH = 2000;
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
    private static final String[] CONTENTS = {
            "Kiểm tra việc chấp hành Điều lệ Đảng, nghị quyết, chỉ thị của Đảng",
            "Kiểm tra việc thực hiện chế độ sinh hoạt chi bộ và mô hình Chi bộ 4 tốt",
            "Giám sát việc thực hiện nhiệm vụ đảng viên và tu dưỡng, rèn luyện đạo đức",
            "Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí"};

    private record Org(long id, Long parentId, String path, String type, String name) {
    }

    private record Member(long id, String name, long orgId, String orgPath) {
    }

    /** What is inspected, and who answers for its remediation (the member himself, or the first member of its first cell). */
    private record Subject(String kind, Long personId, Long orgId, long organizationId, String path, String name, Member responsible) {

        String key() {
            return personId != null ? "P" + personId : "O" + orgId;
        }
    }

    private record Earlier(long id, LocalDate foundOn) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> inspections = new ArrayList<>();
    private final List<Object[]> team = new ArrayList<>();
    private final List<Object[]> findings = new ArrayList<>();
    private final List<Object[]> actions = new ArrayList<>();
    private final Map<String, Earlier> lastByCriterion = new HashMap<>();
    private final Map<Long, List<Member>> membersByOrg = new HashMap<>();
    private long nextPlan = 1;
    private long nextItem = 1;
    private long nextInspection = 1;
    private long nextFinding = 1;
    private Long ruleSetId;
    private long sampleCellId;
    private long inspectorPersonId;
    private String divisionPath;
    private String inspectorName;

    DemoInspectionGenerator(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 13);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    void generate(long divisionId, long sampleCellId, long inspectorPersonId) {
        this.sampleCellId = sampleCellId;
        this.inspectorPersonId = inspectorPersonId;
        List<Org> orgs = jdbc.query("select id, parent_id, path, type, name from organization where status = 'ACTIVE' order by path",
                (rs, n) -> new Org(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        jdbc.query("select id, full_name, organization_id, org_path from person where party_status in ('PROBATIONARY', 'OFFICIAL')"
                        + " order by id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> membersByOrg.computeIfAbsent(rs.getLong(3),
                        k -> new ArrayList<>()).add(new Member(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4))));
        ruleSetId = jdbc.query("select min(id) from inspection_rule_set where code = 'KTGS'", rs -> rs.next() ? (Long) rs.getObject(1) : null);
        Map<Long, Org> byId = new HashMap<>();
        orgs.forEach(o -> byId.put(o.id(), o));
        divisionPath = byId.get(divisionId).path();
        List<Org> owners = new ArrayList<>();
        for (Org o : orgs) {
            Org parent = o.parentId() == null ? null : byId.get(o.parentId());
            boolean division = o.name().startsWith("Đảng bộ Sư đoàn");
            boolean regiment = o.name().startsWith("Đảng bộ Trung đoàn") && parent != null && parent.name().startsWith("Đảng bộ Sư đoàn");
            if (division || regiment) {
                owners.add(o);
            }
        }
        for (Org owner : owners) {
            List<Org> cells = orgs.stream().filter(o -> o.type().equals("CELL") && o.path().startsWith(owner.path())).toList();
            List<Org> regiments = owners.stream().filter(o -> o != owner && o.path().startsWith(owner.path())).toList();
            for (int y = today.getYear() - 2; y <= today.getYear(); y++) {
                plan(owner, cells, regiments, y);
            }
        }
        flush();
    }

    // ---- plans and inspections -----------------------------------------------------------------

    private void plan(Org owner, List<Org> cells, List<Org> regiments, int year) {
        if (cells.isEmpty()) {
            return;
        }
        long planId = nextPlan++;
        LocalDate adopted = LocalDate.of(year, 1, 10);
        plans.add(new Object[] {planId, owner.id(), owner.path(), year,
                "Kế hoạch kiểm tra, giám sát năm " + year + " của " + owner.name(), "system", ts(adopted), 0});
        boolean anchorPlan = sampleCellId != 0 && cells.stream().anyMatch(c -> c.id() == sampleCellId) && regiments.isEmpty();
        List<Subject> subjects = new ArrayList<>();
        for (Org regiment : regiments) {
            if (random.nextInt(2) == 0) {
                subjects.add(organization(regiment, cells));
            }
        }
        int cellCount = regiments.isEmpty() ? 3 : 2;
        for (int i = 0; i < cellCount; i++) {
            Org cell = cells.get(random.nextInt(cells.size()));
            if (cell.id() == sampleCellId || subjects.stream().anyMatch(s -> s.key().equals("O" + cell.id()))) {
                continue;
            }
            subjects.add(organization(cell, cells));
        }
        Org memberCell = cells.get(random.nextInt(cells.size()));
        List<Member> members = membersByOrg.getOrDefault(memberCell.id(), List.of());
        if (!members.isEmpty() && memberCell.id() != sampleCellId) {
            Member m = members.get(random.nextInt(members.size()));
            subjects.add(new Subject("PERSON", m.id(), null, m.orgId(), m.orgPath(), m.name(), m));
        }
        List<Member> inspectors = inspectorsOf(owner, cells);
        for (int i = 0; i < subjects.size(); i++) {
            Subject subject = subjects.get(i);
            LocalDate from = LocalDate.of(year, 2 + i * 10 / Math.max(1, subjects.size()), 1 + random.nextInt(20));
            LocalDate to = from.plusDays(10 + random.nextInt(20));
            item(planId, owner, subject, from, to, year, inspectors, false);
        }
        Org late = cells.get(random.nextInt(cells.size()));
        if (late.id() != sampleCellId) {
            LocalDate from = LocalDate.of(year, 12, 1 + random.nextInt(10));
            item(planId, owner, organization(late, cells), from, from.plusDays(12), year, inspectors, false);
        }
        if (anchorPlan && year == today.getYear()) {
            Org running = cells.stream().filter(c -> c.id() != sampleCellId).findFirst().orElse(null);
            if (running != null && subjects.stream().noneMatch(s -> s.key().equals("O" + running.id()))) {
                item(planId, owner, organization(running, cells), today.minusDays(4), today.plusDays(10), year, inspectors, false);
            }
        }
        if (anchorPlan) {
            Org cell = cells.stream().filter(c -> c.id() == sampleCellId).findFirst().orElseThrow();
            Subject subject = organization(cell, cells);
            boolean current = year == today.getYear();
            LocalDate from = current ? today.minusDays(70) : LocalDate.of(year, 9, 5);
            item(planId, owner, subject, from, from.plusDays(14), year, inspectors, current);
        }
    }

    private Subject organization(Org org, List<Org> cells) {
        Member responsible = cells.stream().filter(c -> c.path().startsWith(org.path()))
                .map(c -> membersByOrg.getOrDefault(c.id(), List.of())).filter(m -> !m.isEmpty()).map(m -> m.get(0))
                .findFirst().orElse(null);
        return new Subject("ORGANIZATION", null, org.id(), org.id(), org.path(), org.name(), responsible);
    }

    /** Two members of the committee's first cell with enough members (its agency cell). */
    private List<Member> inspectorsOf(Org owner, List<Org> cells) {
        List<Member> list = new ArrayList<>();
        for (Org cell : cells) {
            List<Member> members = membersByOrg.getOrDefault(cell.id(), List.of());
            if (members.size() >= 3) {
                list.add(members.get(1));
                list.add(members.get(2));
                break;
            }
        }
        return list;
    }

    private void item(long planId, Org owner, Subject subject, LocalDate from, LocalDate to, int year, List<Member> inspectors,
                      boolean anchor) {
        long itemId = nextItem++;
        boolean supervision = subject.personId() != null || random.nextInt(4) == 0;
        String kind = random.nextInt(10) == 0 ? "THEMATIC" : random.nextInt(3) == 0 ? "PERIODIC" : "REGULAR";
        String content = subject.personId() != null ? CONTENTS[2] : CONTENTS[random.nextInt(CONTENTS.length)];
        items.add(new Object[] {itemId, planId, subject.kind(), subject.personId(), subject.orgId(), subject.name(), kind,
                supervision ? "SUPERVISION" : "INSPECTION", Date.valueOf(from), Date.valueOf(to), content});
        if (from.isAfter(today)) {
            return;
        }
        inspection(itemId, owner, subject, from, to, kind, supervision ? "SUPERVISION" : "INSPECTION", content, inspectors, anchor);
        flushIfFull();
    }

    private void inspection(long itemId, Org owner, Subject subject, LocalDate from, LocalDate to, String kind, String activity,
                            String content, List<Member> inspectors, boolean anchor) {
        long id = nextInspection++;
        boolean running = !to.isBefore(today);
        String status;
        String conclusion = null;
        String number = null;
        LocalDate sentOn = null;
        if (running) {
            status = "OPEN";
        } else {
            conclusion = "Nhìn chung " + subject.name() + " thực hiện tốt " + lower(content)
                    + "; còn một số hạn chế cần khắc phục theo kết luận.";
            number = (10 + (int) (id % 80)) + "-TB/UBKT";
            sentOn = to.plusDays(3 + random.nextInt(5));
            boolean recent = sentOn.isAfter(today.minusDays(60));
            boolean sent = !sentOn.isAfter(today) && (anchor || !recent || random.nextInt(3) != 0);
            status = sent ? "NOTIFIED" : "CONCLUDED";
            if (!sent) {
                sentOn = null;
            }
        }
        inspections.add(new Object[] {id, itemId, activity, kind, subject.kind(), subject.personId(), subject.orgId(),
                subject.name(), VietnameseText.searchKey(subject.name()), subject.organizationId(), subject.path(), owner.id(),
                owner.path(), Date.valueOf(from), Date.valueOf(to), content, status, conclusion, number,
                sentOn == null ? null : Date.valueOf(sentOn), sentOn == null ? null : "system", "system", ts(from), ts(to)});
        boolean demoDivision = owner.path().startsWith(divisionPath);
        List<Long> teamIds = new ArrayList<>();
        if (demoDivision) {
            teamIds.add(inspectorPersonId);
        }
        inspectors.stream().map(Member::id).filter(p -> !teamIds.contains(p)).forEach(teamIds::add);
        String[] roles = {"LEAD", "MEMBER", "SECRETARY"};
        for (int i = 0; i < teamIds.size() && i < 3; i++) {
            long personId = teamIds.get(i);
            String name = personId == inspectorPersonId ? inspectorName()
                    : inspectors.stream().filter(m -> m.id() == personId).findFirst().orElseThrow().name();
            team.add(new Object[] {id, personId, name, roles[i]});
        }
        LocalDate foundOn = to.isBefore(today) ? to : today;
        if (anchor) {
            anchorFindings(id, subject, owner, foundOn);
            return;
        }
        int strengths = running ? random.nextInt(2) : 2 + random.nextInt(2);
        for (int i = 0; i < strengths; i++) {
            strength(id, subject, owner, foundOn, i);
        }
        if (running) {
            return;
        }
        double p = random.nextDouble();
        if (p < 0.55) {
            remediated(id, subject, owner, foundOn, "SHORTCOMING", null);
        }
        if (p < 0.15) {
            remediated(id, subject, owner, foundOn, "SHORTCOMING", null);
        }
        if (subject.personId() == null && random.nextInt(20) == 0) {
            remediated(id, subject, owner, foundOn, "VIOLATION", null);
        }
    }

    /** The demo cell this year: strengths, an open shortcoming with an overdue action, one awaiting verification. */
    private void anchorFindings(long inspectionId, Subject subject, Org owner, LocalDate foundOn) {
        strength(inspectionId, subject, owner, foundOn, 0);
        strength(inspectionId, subject, owner, foundOn, 1);
        remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", "OVERDUE");
        remediated(inspectionId, subject, owner, foundOn, "SHORTCOMING", "HANDLED");
    }

    // ---- findings and remediation --------------------------------------------------------------

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

    // ---- helpers -------------------------------------------------------------------------------

    private String inspectorName() {
        if (inspectorName == null) {
            inspectorName = jdbc.queryForObject("select full_name from person where id = ?", String.class, inspectorPersonId);
        }
        return inspectorName;
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

    private static Timestamp ts(LocalDate d) {
        return Timestamp.valueOf(d.atTime(8, 0));
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void flushIfFull() {
        if (plans.size() + items.size() + inspections.size() + team.size() + findings.size() + actions.size() >= BATCH) {
            flush();
        }
    }

    /** Parents before children, so that every batch finds the rows it refers to. */
    private void flush() {
        batch("insert into inspection_plan (id, organization_id, org_path, plan_year, title, created_by, created_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", plans);
        batch("insert into inspection_plan_item (id, plan_id, subject_kind, person_id, subject_org_id, subject_name, inspection_kind,"
                + " activity, planned_from, planned_to, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items);
        batch("insert into inspection (id, plan_item_id, activity, inspection_kind, subject_kind, person_id, subject_org_id,"
                + " subject_name, search_key, organization_id, org_path, inspecting_org_id, inspecting_org_path, starts_on, ends_on,"
                + " content, status, conclusion, notice_number, notice_sent_on, notice_sent_by, created_by, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inspections);
        batch("insert into inspection_team_member (inspection_id, person_id, person_name, team_role) values (?, ?, ?, ?)", team);
        batch("insert into inspection_finding (id, inspection_id, finding_type, severity, criterion_code, description, person_id,"
                + " subject_org_id, org_path, inspecting_org_path, status, found_on, handled_on, closed_on, days_to_close,"
                + " repeat_of_id, rule_set_id, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                findings);
        batch("insert into remediation_action (finding_id, content, owner_person_id, owner_name, due_on, completed_on, verification,"
                + " verification_note, verified_on, verified_by, org_path, inspecting_org_path, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actions);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
