package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.recognition.RegisterBulkEntry;
import vn.chibo.recognition.RegisterBulkEntry.NewDiscipline;
import vn.chibo.shared.text.VietnameseText;

/**
 * The discipline register (sổ theo dõi kỷ luật): one row per decision, in the columns of ChiBo's own register export
 * (which re-imports unchanged) plus identity number and birth date. Each row is checked with the discipline form's
 * rules (the measure must fit a member or an organization; {@link RegisterImport}).
 */
@Component
class DisciplineImport extends RegisterImport<NewDiscipline> {

    static final Column SUBJECT = Column.text("subject", "recognition.subject", true, 1000, "Họ và tên", "Họ tên",
            "Đối tượng kỷ luật");
    static final Column SELF_DETECTED = Column.choice("selfDetected", "recognition.discipline.selfDetected", false,
            List.of("recognition.yes", "import.value.no"));
    static final Column LEADERSHIP = Column.choice("leadershipCollective", "recognition.discipline.leadershipCollective",
            false, List.of("recognition.yes", "import.value.no"));

    private final Column measure;

    DisciplineImport(RegisterBulkEntry registers, PersonBulkEntry people, OrganizationBulkEntry organizations,
                     Spellings spellings) {
        super(registers, people, organizations, spellings, SUBJECT);
        this.measure = Column.choice("measure", "recognition.discipline.measure", true,
                Spellings.keys(registers.disciplineMeasures(), "recognition.measure."), "Hình thức");
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DISCIPLINE;
    }

    @Override
    public String sheetKey() {
        return "recognition.export.disciplineSheet";
    }

    @Override
    public List<Column> columns() {
        return List.of(SUBJECT, RegisterSubjects.KIND, RegisterSubjects.ORGANIZATION, PeopleImport.IDENTITY,
                PeopleImport.BIRTH_DATE, measure, DECISION_NUMBER, DECISION_DATE,
                ISSUED_BY, REASON, SELF_DETECTED, LEADERSHIP);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("subject", "Trần Văn Bình");
        example.put("subjectKind", spellings.vi("recognition.kind.PERSON"));
        example.put("subjectOrganization", "Chi bộ Đại đội 2");
        example.put("birthDate", "02/09/1990");
        example.put("measure", spellings.vi("recognition.measure.REPRIMAND"));
        example.put("decisionNumber", "07/QĐ-UBKT");
        example.put("decisionDate", "15/08/2024");
        example.put("issuedBy", "Ủy ban kiểm tra Đảng ủy Trung đoàn 1");
        example.put("reason", "Vi phạm quy định về sinh hoạt đảng");
        example.put("selfDetected", spellings.vi("import.value.no"));
        example.put("leadershipCollective", spellings.vi("import.value.no"));
        return example;
    }

    @Override
    Reader<NewDiscipline> reader() {
        Map<String, String> measures = spellings.ofCodes(registers.disciplineMeasures(), "recognition.measure.", Map.of());
        Map<String, Boolean> yesNo = yesNo(spellings);
        List<String> shownYesNo = List.of(spellings.vi("recognition.yes"), spellings.vi("import.value.no"));
        return (row, values) -> {
            String form = values.choice(row, measure, measures, measure.choices().stream().map(spellings::vi).toList());
            String number = VietnameseText.clean(values.text(row, DECISION_NUMBER));
            LocalDate date = values.date(row, DECISION_DATE);
            Boolean self = values.choice(row, SELF_DETECTED, yesNo, shownYesNo);
            Boolean leadership = values.choice(row, LEADERSHIP, yesNo, shownYesNo);
            String issuedBy = values.text(row, ISSUED_BY);
            String reason = values.text(row, REASON);
            return new Row<>(number, r -> new NewDiscipline(r.personId(), r.organizationId(), form, number, date, issuedBy,
                    reason, Boolean.TRUE.equals(self), Boolean.TRUE.equals(leadership)));
        };
    }

    @Override
    Optional<RegisterBulkEntry.Problem> problem(NewDiscipline discipline) {
        return registers.check(discipline);
    }

    @Override
    Optional<Long> existing(NewDiscipline discipline) {
        return registers.existing(discipline);
    }

    @Override
    long create(NewDiscipline discipline) {
        return registers.create(discipline);
    }

    @Override
    String entity() {
        return "DisciplineRecord";
    }

    @Override
    Column ownColumn(String field) {
        return "measure".equals(field) ? measure : null;
    }

    /** “Có” / “Không” and their usual spellings; an empty cell is no. */
    static Map<String, Boolean> yesNo(Spellings spellings) {
        Map<String, Boolean> values = new HashMap<>();
        for (String yes : List.of(spellings.vi("recognition.yes"), "yes", "x", "true", "1", "co")) {
            values.put(VietnameseText.searchKey(yes), true);
        }
        for (String no : List.of(spellings.vi("import.value.no"), "no", "false", "0", "khong")) {
            values.put(VietnameseText.searchKey(no), false);
        }
        return values;
    }
}
