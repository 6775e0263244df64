package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.recognition.RegisterBulkEntry;
import vn.chibo.recognition.RegisterBulkEntry.NewAward;
import vn.chibo.shared.text.VietnameseText;

/**
 * The award register (sổ khen thưởng): one row per recipient of a decision, in the columns of ChiBo's own register
 * export (which re-imports unchanged) plus identity number and birth date to tell namesakes apart. Each row is checked
 * with the award form's rules ({@link RegisterImport}).
 */
@Component
class AwardsImport extends RegisterImport<NewAward> {

    static final Column RECIPIENT = Column.text("subject", "recognition.recipient", true, 1000, "Họ và tên", "Họ tên",
            "Người, tập thể được khen thưởng");
    static final Column CAMPAIGN = Column.text("campaign", "recognition.award.campaign", false, 200, "Phong trào");

    private final Column type;
    private final Column level;

    AwardsImport(RegisterBulkEntry registers, PersonBulkEntry people, OrganizationBulkEntry organizations,
                 Spellings spellings) {
        super(registers, people, organizations, spellings, RECIPIENT);
        this.type = Column.choice("awardType", "recognition.award.type", true,
                Spellings.keys(registers.awardTypes(), "recognition.awardType."), "Hình thức");
        this.level = Column.choice("awardLevel", "recognition.award.level", true,
                Spellings.keys(registers.awardLevels(), "recognition.awardLevel."), "Cấp");
    }

    @Override
    public ImportKind kind() {
        return ImportKind.AWARDS;
    }

    @Override
    public String sheetKey() {
        return "recognition.export.awardSheet";
    }

    @Override
    public List<Column> columns() {
        return List.of(RECIPIENT, RegisterSubjects.KIND, RegisterSubjects.ORGANIZATION, PeopleImport.IDENTITY,
                PeopleImport.BIRTH_DATE, type, level, DECISION_NUMBER, DECISION_DATE, ISSUED_BY, REASON, CAMPAIGN);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("subject", "Nguyễn Văn An");
        example.put("subjectKind", spellings.vi("recognition.kind.PERSON"));
        example.put("subjectOrganization", "Chi bộ Đại đội 1");
        example.put("identityNumber", "001098012345");
        example.put("birthDate", "15/03/1998");
        example.put("awardType", spellings.vi("recognition.awardType.CERTIFICATE_OF_MERIT"));
        example.put("awardLevel", spellings.vi("recognition.awardLevel.UPPER_COMMITTEE"));
        example.put("decisionNumber", "125/QĐ-ĐU");
        example.put("decisionDate", "20/12/2024");
        example.put("issuedBy", "Đảng ủy Sư đoàn 391");
        example.put("reason", "Đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền");
        example.put("campaign", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        return example;
    }

    @Override
    Reader<NewAward> reader() {
        Map<String, String> types = spellings.ofCodes(registers.awardTypes(), "recognition.awardType.", Map.of());
        Map<String, String> levels = spellings.ofCodes(registers.awardLevels(), "recognition.awardLevel.", Map.of());
        return (row, values) -> {
            String awardType = values.choice(row, type, types, type.choices().stream().map(spellings::vi).toList());
            String awardLevel = values.choice(row, level, levels, level.choices().stream().map(spellings::vi).toList());
            String number = VietnameseText.clean(values.text(row, DECISION_NUMBER));
            LocalDate date = values.date(row, DECISION_DATE);
            String issuedBy = values.text(row, ISSUED_BY);
            String reason = values.text(row, REASON);
            String campaign = values.text(row, CAMPAIGN);
            return new Row<>(number, r -> new NewAward(r.personId(), r.organizationId(), awardType, awardLevel, number, date,
                    issuedBy, reason, campaign));
        };
    }

    @Override
    Optional<RegisterBulkEntry.Problem> problem(NewAward award) {
        return registers.check(award);
    }

    @Override
    Optional<Long> existing(NewAward award) {
        return registers.existing(award);
    }

    @Override
    long create(NewAward award) {
        return registers.create(award);
    }

    @Override
    String entity() {
        return "AwardRecord";
    }

    @Override
    Column ownColumn(String field) {
        return switch (field == null ? "" : field) {
            case "type" -> type;
            case "level" -> level;
            case "campaign" -> CAMPAIGN;
            default -> null;
        };
    }
}
