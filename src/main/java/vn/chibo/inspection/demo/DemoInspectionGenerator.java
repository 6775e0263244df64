package vn.chibo.inspection.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
    private static final String[] CONTENTS = {
            "Kiểm tra việc chấp hành Điều lệ Đảng, nghị quyết, chỉ thị của Đảng",
            "Kiểm tra việc thực hiện chế độ sinh hoạt chi bộ và mô hình Chi bộ 4 tốt",
            "Giám sát việc thực hiện nhiệm vụ đảng viên và tu dưỡng, rèn luyện đạo đức",
            "Kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí"};

    record Org(long id, Long parentId, String path, String type, String name) {
    }

    record Member(long id, String name, long orgId, String orgPath) {
    }

    /** What is inspected, and who answers for its remediation (the member himself, or the first member of its first cell). */
    record Subject(String kind, Long personId, Long orgId, long organizationId, String path, String name, Member responsible) {

        String key() {
            return personId != null ? "P" + personId : "O" + orgId;
        }
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final LocalDate today;
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> inspections = new ArrayList<>();
    private final List<Object[]> team = new ArrayList<>();
    private final Map<Long, List<Member>> membersByOrg = new HashMap<>();
    private long nextPlan = 1;
    private long nextItem = 1;
    private long nextInspection = 1;
    private DemoInspectionFindings findings;
    private long sampleCellId;
    private long inspectorPersonId;
    private String divisionPath;
    private String inspectorName;

    DemoInspectionGenerator(JdbcTemplate jdbc, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 13);
        this.today = LocalDate.now(clock);
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
        Long ruleSetId = jdbc.query("select min(id) from rulebook where kind = 'INSPECTION' and code = 'KTGS'", rs -> rs.next() ? (Long) rs.getObject(1) : null);
        findings = new DemoInspectionFindings(random, today, ruleSetId);
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
        findings.of(id, subject, owner, foundOn, running, anchor);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String inspectorName() {
        if (inspectorName == null) {
            inspectorName = jdbc.queryForObject("select full_name from person where id = ?", String.class, inspectorPersonId);
        }
        return inspectorName;
    }

    static Timestamp ts(LocalDate d) {
        return Timestamp.valueOf(d.atTime(8, 0));
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private void flushIfFull() {
        if (plans.size() + items.size() + inspections.size() + team.size() + findings.pending() >= BATCH) {
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
        findings.write(this::batch);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }
}
