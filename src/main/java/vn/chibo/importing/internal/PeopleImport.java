package vn.chibo.importing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.NewPerson;

/**
 * People (members and masses): the columns of ChiBo's own people export plus education, phone, sympathiser date and
 * a party position. Each row is checked with the person form's rules ({@link PersonBulkEntry#check}), then compared
 * with the existing records ({@link PersonRowMatcher}); rows of people already recorded update or leave them.
 */
@Component
class PeopleImport implements KindImport {

    static final Column FULL_NAME = Column.text("fullName", "person.fullName", true, 200, "Họ tên", "Họ và tên khai sinh");
    static final Column BIRTH_DATE = Column.date("birthDate", "person.birthDate", false, "Ngày tháng năm sinh");
    static final Column GENDER = Column.choice("gender", "person.gender", true, List.of("gender.MALE", "gender.FEMALE"));
    static final Column IDENTITY = Column.text("identityNumber", "person.identityNumber", false, 30,
            "Số CCCD", "CCCD", "Số định danh", "Số định danh cá nhân", "Số hiệu quân nhân");
    static final Column RANK = Column.text("militaryRank", "person.militaryRank", false, 40);
    static final Column POSITION = Column.text("positionTitle", "person.positionTitle", false, 200);
    static final Column STATUS = Column.choice("partyStatus", "person.partyStatus", false,
            List.of("partyStatus.MASS", "partyStatus.SYMPATHISER", "partyStatus.PROBATIONARY", "partyStatus.OFFICIAL"),
            "Trạng thái", "Tình trạng đảng viên");
    static final Column ADMITTED = Column.date("admittedOn", "person.admittedOn", false, "Ngày kết nạp");
    static final Column OFFICIAL = Column.date("officialSince", "person.officialSince", false, "Ngày công nhận chính thức");
    static final Column ORGANIZATION = Column.text("organization", "person.organization", true, 1000, "Tổ chức", "Chi bộ",
            "Tổ chức đảng");
    static final Column EDUCATION = Column.text("education", "person.education", false, 50);
    static final Column PHONE = Column.text("phone", "person.phone", false, 30);
    static final Column SYMPATHISER = Column.date("sympathiserSince", "person.sympathiserSince", false);
    static final Column ROLE = Column.choice("role", "person.role", false,
            OrganizationsImport.choices(PartyPosition.values(), "position."));
    static final Column ROLE_FROM = Column.date("roleFrom", "import.column.roleFrom", false);

    private final PersonBulkEntry people;
    private final OrganizationBulkEntry organizations;
    private final Spellings spellings;

    PeopleImport(PersonBulkEntry people, OrganizationBulkEntry organizations, Spellings spellings) {
        this.people = people;
        this.organizations = organizations;
        this.spellings = spellings;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.PEOPLE;
    }

    @Override
    public String sheetKey() {
        return "import.sheet.people";
    }

    @Override
    public List<Column> columns() {
        return List.of(FULL_NAME, BIRTH_DATE, GENDER, IDENTITY, RANK, POSITION, STATUS, ADMITTED, OFFICIAL, ORGANIZATION,
                EDUCATION, PHONE, SYMPATHISER, ROLE, ROLE_FROM);
    }

    @Override
    public Map<String, String> example() {
        Map<String, String> example = new LinkedHashMap<>();
        example.put("fullName", "Nguyễn Văn An");
        example.put("birthDate", "15/03/1998");
        example.put("gender", spellings.vi("gender.MALE"));
        example.put("identityNumber", "001098012345");
        example.put("militaryRank", "Thượng úy");
        example.put("positionTitle", "Đại đội trưởng");
        example.put("partyStatus", spellings.vi("partyStatus.OFFICIAL"));
        example.put("admittedOn", "19/05/2019");
        example.put("officialSince", "19/05/2020");
        example.put("organization", "Chi bộ Đại đội 1");
        example.put("education", "12/12");
        example.put("phone", "0912 345 678");
        example.put("role", spellings.vi("position.SECRETARY"));
        example.put("roleFrom", "01/06/2024");
        return example;
    }

    @Override
    public void refreshStatistics() {
        people.refreshStatistics();
    }

    /** A row read into the values the person form takes, with its organization and an optional position. */
    record PersonRow(int number, NewPerson person, OrganizationRef organization, PartyPosition role, LocalDate roleFrom,
                     Set<String> given, String organizationText, List<OrganizationRef> candidates) {

        /** The row placed in one of the organizations its ambiguous name could mean. */
        PersonRow in(OrganizationRef chosen) {
            NewPerson p = person;
            return new PersonRow(number, new NewPerson(p.fullName(), p.birthDate(), p.gender(), p.identityNumber(),
                    p.militaryRank(), p.positionTitle(), p.education(), p.phone(), chosen.id(), p.partyStatus(),
                    p.sympathiserSince(), p.admittedOn(), p.officialSince()), chosen, role, roleFrom, given, organizationText,
                    List.of());
        }
    }

    @Override
    public Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        return plan(read(sheet, values, issues), issues, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Plan plan(KeptRows rows, Issues issues, boolean atCommit) {
        return new Plan(rows.total(), new PersonRowMatcher(people, issues, atCommit).plan((List<PersonRow>) rows.rows()));
    }

    @Override
    public KeptRows read(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        Map<String, Gender> genders = spellings.of(Gender.class, "gender.", Map.of("m", Gender.MALE, "f", Gender.FEMALE,
                "nu", Gender.FEMALE));
        Map<String, PartyStatus> statuses = spellings.of(PartyStatus.class, "partyStatus.", Map.of(
                "chinh thuc", PartyStatus.OFFICIAL, "du bi", PartyStatus.PROBATIONARY,
                "cam tinh dang", PartyStatus.SYMPATHISER, "quan chung uu tu", PartyStatus.SYMPATHISER,
                "sympathizer", PartyStatus.SYMPATHISER, "dang vien", PartyStatus.OFFICIAL));
        Map<String, PartyPosition> positions = spellings.of(PartyPosition.class, "position.", Map.of("chi uy vien",
                PartyPosition.COMMITTEE_MEMBER, "dang uy vien", PartyPosition.COMMITTEE_MEMBER));
        OrganizationIndex index = new OrganizationIndex(organizations.activeVisible());
        List<String> shownGenders = spellings.shown(Gender.class, "gender.");
        List<String> shownStatuses = spellings.shown(PartyStatus.class, "partyStatus.").subList(0, 4);
        List<String> shownPositions = spellings.shown(PartyPosition.class, "position.");
        List<PersonRow> rows = new ArrayList<>();
        for (SourceRow row : sheet.rows()) {
            String fullName = values.text(row, FULL_NAME);
            LocalDate birthDate = values.date(row, BIRTH_DATE);
            Gender gender = values.choice(row, GENDER, genders, shownGenders);
            String identity = values.text(row, IDENTITY);
            if (identity != null && !identity.matches("[0-9]{9,12}")) {
                issues.error(row.number(), IDENTITY.key(), "person.identityNumber.format");
            }
            String phone = values.text(row, PHONE);
            if (phone != null && !phone.matches("[0-9 +.]*")) {
                issues.error(row.number(), PHONE.key(), "person.phone.format");
            }
            PartyStatus status = values.choice(row, STATUS, statuses, shownStatuses);
            PartyPosition role = values.choice(row, ROLE, positions, shownPositions);
            LocalDate roleFrom = values.date(row, ROLE_FROM);
            OrganizationRef organization = null;
            List<OrganizationRef> candidates = List.of();
            String organizationText = values.text(row, ORGANIZATION);
            if (organizationText != null) {
                OrganizationIndex.Found found = index.find(organizationText);
                organization = found.organization();
                candidates = found.candidates();
                if (organization == null && candidates.isEmpty()) {
                    issues.error(row.number(), ORGANIZATION.key(), found.problemKey(), organizationText);
                }
            }
            NewPerson person = new NewPerson(fullName, birthDate, gender, identity, values.text(row, RANK),
                    values.text(row, POSITION), values.text(row, EDUCATION), phone,
                    organization == null ? 0 : organization.id(), status == null ? PartyStatus.MASS : status,
                    values.date(row, SYMPATHISER), values.date(row, ADMITTED), values.date(row, OFFICIAL));
            if (role != null && roleFrom == null) {
                issues.error(row.number(), ROLE_FROM.key(), "import.error.required");
            }
            if (!issues.rowHasError(row.number())) {
                rows.add(new PersonRow(row.number(), person, organization, role, roleFrom, row.values().keySet(),
                        organizationText, candidates));
            }
        }
        return new KeptRows(sheet.rows().size(), List.copyOf(rows));
    }
}
