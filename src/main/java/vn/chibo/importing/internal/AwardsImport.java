package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
 * with the award form's rules; a row for a decision and recipient already recorded is matched, not duplicated.
 */
@Component
class AwardsImport implements KindImport {

    static final Column RECIPIENT = Column.text("subject", "recognition.recipient", true, 1000, "Họ và tên", "Họ tên",
            "Người, tập thể được khen thưởng");
    static final Column DECISION_NUMBER = Column.text("decisionNumber", "recognition.decisionNumber", true, 100, "Số QĐ");
    static final Column DECISION_DATE = Column.date("decisionDate", "recognition.decisionDate", true, "Ngày QĐ", "Ngày ký");
    static final Column ISSUED_BY = Column.text("issuedBy", "recognition.issuedBy", false, 255, "Cấp quyết định");
    static final Column REASON = Column.text("reason", "recognition.reason", true, 2000, "Thành tích", "Nội dung");
    static final Column CAMPAIGN = Column.text("campaign", "recognition.award.campaign", false, 200, "Phong trào");

    private final RegisterBulkEntry registers;
    private final PersonBulkEntry people;
    private final OrganizationBulkEntry organizations;
    private final Spellings spellings;
    private final Column type;
    private final Column level;

    AwardsImport(RegisterBulkEntry registers, PersonBulkEntry people, OrganizationBulkEntry organizations,
                 Spellings spellings) {
        this.registers = registers;
        this.people = people;
        this.organizations = organizations;
        this.spellings = spellings;
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
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        Map<String, RegisterSubjects.Who> kinds = spellings.of(RegisterSubjects.Who.class, "recognition.kind.",
                Map.of("tap the", RegisterSubjects.Who.ORGANIZATION, "to chuc", RegisterSubjects.Who.ORGANIZATION,
                        "ca nhan", RegisterSubjects.Who.PERSON));
        List<String> shownKinds = spellings.shown(RegisterSubjects.Who.class, "recognition.kind.");
        Map<String, String> types = spellings.ofCodes(registers.awardTypes(), "recognition.awardType.", Map.of());
        Map<String, String> levels = spellings.ofCodes(registers.awardLevels(), "recognition.awardLevel.", Map.of());
        RegisterSubjects subjects = new RegisterSubjects(people, organizations.activeVisible(), sheet.rows(), RECIPIENT,
                issues);
        Map<String, Integer> seen = new HashMap<>();
        List<Plan.Step> steps = new ArrayList<>();
        for (SourceRow row : sheet.rows()) {
            String awardType = values.choice(row, type, types, type.choices().stream().map(spellings::vi).toList());
            String awardLevel = values.choice(row, level, levels, level.choices().stream().map(spellings::vi).toList());
            String number = VietnameseText.clean(values.text(row, DECISION_NUMBER));
            LocalDate date = values.date(row, DECISION_DATE);
            String issuedBy = values.text(row, ISSUED_BY);
            String reason = values.text(row, REASON);
            String campaign = values.text(row, CAMPAIGN);
            RegisterSubjects.Resolved subject = subjects.resolve(row, values, RECIPIENT, kinds, shownKinds,
                    r -> number != null && !seen.containsKey(VietnameseText.searchKey(number) + "|" + r.key())
                            && registers.existing(award(r, awardType, awardLevel, number, date, issuedBy, reason,
                            campaign)).isPresent());
            if (issues.rowHasError(row.number())) {
                continue;
            }
            NewAward award = award(subject, awardType, awardLevel, number, date, issuedBy, reason, campaign);
            Integer earlier = seen.putIfAbsent(VietnameseText.searchKey(number) + "|" + subject.key(), row.number());
            if (earlier != null) {
                issues.error(row.number(), DECISION_NUMBER.key(), "import.error.duplicateInFile", earlier);
                continue;
            }
            Optional<RegisterBulkEntry.Problem> problem = registers.check(award);
            if (problem.isPresent()) {
                issues.error(row.number(), column(problem.get().field()), problem.get().messageKey(), problem.get().arguments());
                continue;
            }
            Optional<Long> existing = registers.existing(award);
            steps.add(existing.isPresent() ? new RegisterSteps.Matched(row.number(), existing.get())
                    : new RegisterSteps.Create(row.number(), "AwardRecord", () -> registers.create(award)));
        }
        return new Plan(sheet.rows().size(), steps);
    }

    private static NewAward award(RegisterSubjects.Resolved subject, String type, String level, String number,
                                  LocalDate date, String issuedBy, String reason, String campaign) {
        return new NewAward(subject.personId(), subject.organizationId(), type, level, number, date, issuedBy, reason,
                campaign);
    }

    private String column(String field) {
        return switch (field == null ? "" : field) {
            case "type" -> type.key();
            case "level" -> level.key();
            case "decisionNumber" -> DECISION_NUMBER.key();
            case "decisionDate" -> DECISION_DATE.key();
            case "issuedBy" -> ISSUED_BY.key();
            case "reason" -> REASON.key();
            case "campaign" -> CAMPAIGN.key();
            default -> RECIPIENT.key();
        };
    }
}
