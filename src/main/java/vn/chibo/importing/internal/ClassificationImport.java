package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.classification.ClassificationHistory;
import vn.chibo.classification.ClassificationHistory.PastResult;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.people.PersonBulkEntry;

/**
 * Classification results of past years (kết quả xếp loại các năm trước): one row per subject and year, a party
 * organization or a member, with the grade decided. Stored by the evaluation module as decided entries of a closed
 * round, so that the review figures of that year count them; a subject already classified that year is refused
 * (the same result again is matched).
 */
@Component
class ClassificationImport implements KindImport {

    static final Column YEAR = Column.text("year", "import.column.year", true, 10, "Năm xếp loại");
    static final Column SUBJECT = Column.text("subject", "import.column.classifiedSubject", true, 1000, "Họ và tên",
            "Họ tên", "Tổ chức đảng", "Đối tượng");
    static final Column NUMBER = Column.text("decisionNumber", "recognition.decisionNumber", false, 100, "Số QĐ");
    static final Column DATE = Column.date("decisionDate", "recognition.decisionDate", false, "Ngày QĐ");

    private final ClassificationHistory history;
    private final PersonBulkEntry people;
    private final OrganizationBulkEntry organizations;
    private final Spellings spellings;
    private final Column grade;

    ClassificationImport(ClassificationHistory history, PersonBulkEntry people, OrganizationBulkEntry organizations,
                         Spellings spellings) {
        this.history = history;
        this.people = people;
        this.organizations = organizations;
        this.spellings = spellings;
        this.grade = Column.choice("grade", "import.column.grade", true,
                Spellings.keys(history.grades(), "classificationLevel."), "Xếp loại", "Kết quả xếp loại");
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CLASSIFICATION;
    }

    @Override
    public String sheetKey() {
        return "import.sheet.classification";
    }

    @Override
    public List<Column> columns() {
        return List.of(YEAR, SUBJECT, RegisterSubjects.KIND, RegisterSubjects.ORGANIZATION, PeopleImport.IDENTITY,
                PeopleImport.BIRTH_DATE, grade, NUMBER, DATE);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("year", "2024");
        example.put("subject", "Chi bộ Đại đội 1");
        example.put("subjectKind", spellings.vi("recognition.kind.ORGANIZATION"));
        example.put("grade", spellings.vi("classificationLevel.GOOD"));
        example.put("decisionNumber", "15/QĐ-ĐU");
        example.put("decisionDate", "10/01/2025");
        return example;
    }

    @Override
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        Map<String, RegisterSubjects.Who> kinds = spellings.of(RegisterSubjects.Who.class, "recognition.kind.", Map.of(
                "tap the", RegisterSubjects.Who.ORGANIZATION, "to chuc dang", RegisterSubjects.Who.ORGANIZATION,
                "dang vien", RegisterSubjects.Who.PERSON, "ca nhan", RegisterSubjects.Who.PERSON));
        List<String> shownKinds = spellings.shown(RegisterSubjects.Who.class, "recognition.kind.");
        Map<String, String> grades = spellings.ofCodes(history.grades(), "classificationLevel.", Map.of(
                "HTXSNV", "EXCELLENT", "HTTNV", "GOOD", "HTNV", "COMPLETED", "KHTNV", "NOT_COMPLETED", "Mien", "EXEMPT"));
        List<String> shownGrades = grade.choices().stream().map(spellings::vi).toList();
        RegisterSubjects subjects = new RegisterSubjects(people, organizations.activeVisible(), sheet.rows(), SUBJECT, issues);
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        for (SourceRow row : sheet.rows()) {
            Integer year = year(row, values, issues);
            String code = values.choice(row, grade, grades, shownGrades);
            String number = values.text(row, NUMBER);
            LocalDate date = values.date(row, DATE);
            RegisterSubjects.Resolved subject = subjects.resolve(row, values, SUBJECT, kinds, shownKinds,
                    r -> year != null && !seen.containsKey(year + "|" + r.key()) && history.existing(
                            new PastResult(year, r.organizationId(), r.personId(), code, number, date)).isPresent());
            if (issues.rowHasError(row.number())) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(year + "|" + subject.key(), row.number());
            if (earlier != null) {
                issues.error(row.number(), SUBJECT.key(), "import.error.duplicateInFile", earlier);
                continue;
            }
            PastResult result = new PastResult(year, subject.organizationId(), subject.personId(), code, number, date);
            Optional<ClassificationHistory.Problem> problem = history.check(result);
            if (problem.isPresent()) {
                issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(),
                        arguments(problem.get().arguments()));
                continue;
            }
            Optional<Long> existing = history.existing(result);
            steps.add(existing.isPresent() ? new RegisterSteps.Matched(row.number(), existing.get())
                    : new RegisterSteps.Create(row.number(), "ClassificationEntry", () -> history.record(result)));
        }
        return new Plan(sheet.rows().size(), steps);
    }

    private static Integer year(SourceRow row, Values values, Issues issues) {
        String text = values.text(row, YEAR);
        if (text == null) {
            return null;
        }
        String digits = text.replaceFirst("\\.0+$", "");
        if (!digits.matches("\\d{4}")) {
            issues.error(row.number(), YEAR.key(), "import.error.year", text);
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** Message keys among the arguments (a grade) are shown in Vietnamese. */
    private Object[] arguments(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String s && s.startsWith("classificationLevel.")) {
                shown[i] = spellings.vi(s);
            }
        }
        return shown;
    }

    private String column(String field) {
        return switch (field == null ? "" : field) {
            case "year" -> YEAR.key();
            case "grade" -> grade.key();
            case "decisionDate" -> DATE.key();
            default -> SUBJECT.key();
        };
    }
}
