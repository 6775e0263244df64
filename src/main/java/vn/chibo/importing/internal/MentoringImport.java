package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.mentoring.MentoringBulkEntry;
import vn.chibo.mentoring.MentoringBulkEntry.NewAssignment;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.ExistingPerson;

/**
 * The mentoring register (phân công dìu dắt, tổ 3 người): one row per mentor and mentee, both named as the people
 * import names people, with the unit and the dates. Rows are checked with the mentoring rulebook's rules (a mentor's
 * maximum counts the file's earlier rows); an assignment already recorded is matched, not duplicated.
 */
@Component
class MentoringImport implements KindImport {

    static final Column MENTOR = Column.text("mentor", "import.column.mentor", false, 200, "Người dìu dắt, giúp đỡ");
    static final Column MENTOR_IDENTITY = Column.text("mentorIdentity", "import.column.mentorIdentity", false, 30);
    static final Column MENTEE = Column.text("mentee", "import.column.mentee", false, 200, "Người được giúp đỡ",
            "Quần chúng được dìu dắt");
    static final Column MENTEE_IDENTITY = Column.text("menteeIdentity", "import.column.menteeIdentity", false, 30);
    static final Column MENTEE_BIRTH = Column.date("menteeBirthDate", "import.column.menteeBirthDate", false);
    static final Column UNIT = Column.text("unit", "import.column.mentoringUnit", false, 1000, "Đơn vị", "Chi bộ",
            "Tổ chức");
    static final Column START = Column.date("start", "import.column.mentoringStart", true, "Từ ngày", "Ngày phân công");
    static final Column END = Column.date("end", "import.column.mentoringEnd", false, "Đến ngày");
    static final Column GOALS = Column.text("goals", "import.column.goals", false, 2000, "Nội dung", "Mục tiêu");

    private final MentoringBulkEntry mentoring;
    private final PersonBulkEntry people;
    private final OrganizationBulkEntry organizations;

    MentoringImport(MentoringBulkEntry mentoring, PersonBulkEntry people, OrganizationBulkEntry organizations) {
        this.mentoring = mentoring;
        this.people = people;
        this.organizations = organizations;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.MENTORING;
    }

    @Override
    public String sheetKey() {
        return "import.sheet.mentoring";
    }

    @Override
    public List<Column> columns() {
        return List.of(MENTOR, MENTOR_IDENTITY, MENTEE, MENTEE_IDENTITY, MENTEE_BIRTH, UNIT, START, END, GOALS);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("mentor", "Nguyễn Văn An");
        example.put("mentorIdentity", "001098012345");
        example.put("mentee", "Lê Văn Cường");
        example.put("menteeBirthDate", "20/10/2003");
        example.put("unit", "Chi bộ Đại đội 1");
        example.put("start", "01/03/2025");
        example.put("goals", "Giúp đỡ phấn đấu vào Đảng trong năm 2026");
        return example;
    }

    @Override
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        List<OrganizationRef> visible = organizations.activeVisible();
        RegisterSubjects subjects = new RegisterSubjects(people, visible, sheet.rows(), List.of(MENTOR, MENTEE),
                List.of(MENTOR_IDENTITY, MENTEE_IDENTITY), issues);
        Map<String, Integer> seen = new HashMap<>();
        Map<Long, Integer> newLoad = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        for (SourceRow row : sheet.rows()) {
            String unitText = values.text(row, UNIT);
            LocalDate start = values.date(row, START);
            LocalDate end = values.date(row, END);
            String goals = values.text(row, GOALS);
            String menteeIdentity = values.text(row, MENTEE_IDENTITY);
            LocalDate menteeBirth = values.date(row, MENTEE_BIRTH);
            String mentorIdentity = values.text(row, MENTOR_IDENTITY);
            String mentorName = values.text(row, MENTOR);
            String menteeName = values.text(row, MENTEE);
            if (mentorName == null && mentorIdentity == null) {
                issues.error(row.number(), MENTOR.key(), "import.error.nameOrIdentity");
            }
            if (menteeName == null && menteeIdentity == null) {
                issues.error(row.number(), MENTEE.key(), "import.error.nameOrIdentity");
            }
            OrganizationRef unit = unitText == null ? null : subjects.organization(row.number(), UNIT, unitText);
            if (issues.rowHasError(row.number())) {
                continue;
            }
            ExistingPerson mentor = subjects.person(row.number(), mentorName, MENTOR, mentorIdentity,
                    MENTOR_IDENTITY, null, unitText, UNIT);
            ExistingPerson mentee = subjects.person(row.number(), menteeName, MENTEE, menteeIdentity,
                    MENTEE_IDENTITY, menteeBirth, unitText, UNIT);
            if (issues.rowHasError(row.number())) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(mentee.id() + "|" + (end == null ? "current" : start), row.number());
            if (earlier != null) {
                issues.error(row.number(), MENTEE.key(), "import.error.duplicateInFile", earlier);
                continue;
            }
            NewAssignment assignment = new NewAssignment(mentor.id(), mentee.id(), unit == null ? null : unit.id(), start,
                    end, goals);
            Optional<Long> existing = mentoring.existing(assignment);
            if (existing.isPresent()) {
                steps.add(new RegisterSteps.Matched(row.number(), existing.get()));
                continue;
            }
            Optional<MentoringBulkEntry.Problem> problem = mentoring.check(assignment,
                    end == null ? newLoad.getOrDefault(mentor.id(), 0) : 0);
            if (problem.isPresent()) {
                issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(), problem.get().arguments());
                continue;
            }
            if (end == null) {
                newLoad.merge(mentor.id(), 1, Integer::sum);
            }
            steps.add(new RegisterSteps.Create(row.number(), "MentoringAssignment", () -> mentoring.create(assignment)));
        }
        return new Plan(sheet.rows().size(), steps);
    }

    private static String column(String field) {
        return switch (field == null ? "" : field) {
            case "mentorPersonId" -> MENTOR.key();
            case "start" -> START.key();
            case "end" -> END.key();
            case "goals" -> GOALS.key();
            case "organizationId" -> UNIT.key();
            default -> MENTEE.key();
        };
    }
}
