package vn.chibo.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.text.VietnameseText;

/**
 * Builds the synthetic region with a fixed seed and writes it with JDBC batches (fast enough for
 * the 90,000-person benchmark size). Ids are assigned here so that paths can be computed up front.
 */
final class DemoRegionGenerator {

    /** Where the demo accounts attach: filled while generating. */
    record Anchors(long region, long division, long sampleCell, long regionAgencyCell, long divisionAgencyCell,
                   long secretaryOfSampleCell, long memberOfSampleCell, long officerOfRegion, long officerOfDivision,
                   long inspectorOfDivision, long administratorPerson) {
    }

    private record Org(long id, String path, int depth, OrganizationType type, OrganizationCategory category) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final DemoSize size;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> organizationRows = new ArrayList<>();
    private final List<Object[]> personRows = new ArrayList<>();
    private final List<Object[]> statusRows = new ArrayList<>();
    private final List<Object[]> membershipRows = new ArrayList<>();
    private final List<Object[]> roleRows = new ArrayList<>();
    private final java.util.Map<Long, List<Long>> membersByCell = new java.util.HashMap<>();
    private final java.util.Set<Long> officialMembers = new java.util.HashSet<>();
    private long nextOrganizationId = 1;
    private long nextPersonId = 1;
    private long identitySerial = 0;

    // anchors
    private long division;
    private long sampleCell;
    private long regionAgencyCell;
    private long divisionAgencyCell;
    private long secretaryOfSampleCell;
    private long memberOfSampleCell;
    private long officerOfRegion;
    private long officerOfDivision;
    private long inspectorOfDivision;
    private long administratorPerson;

    DemoRegionGenerator(JdbcTemplate jdbc, DemoSize size, long seed, Clock clock) {
        this.jdbc = jdbc;
        this.size = size;
        this.random = new Random(seed);
        this.today = LocalDate.now(clock);
        this.now = Timestamp.from(clock.instant());
    }

    Anchors generate() {
        Org region = org(null, OrganizationType.UPPER_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                "Đảng bộ Quân khu 10", "ĐBQK10", "Quân khu 10", 1976);
        Org regionAgency = org(region, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.AGENCY,
                "Đảng bộ Cơ quan Bộ Tư lệnh Quân khu", null, "Cơ quan Bộ Tư lệnh Quân khu", 1976);
        String[] agencyCells = {"Phòng Tham mưu", "Phòng Tổ chức", "Phòng Tuyên huấn", "Phòng Cán bộ",
                "Ủy ban Kiểm tra", "Phòng Hậu cần", "Phòng Kỹ thuật", "Văn phòng Bộ Tư lệnh"};
        List<Org> regionAgencyCellsList = new ArrayList<>();
        for (String name : agencyCells) {
            regionAgencyCellsList.add(cell(regionAgency, OrganizationCategory.AGENCY, "Chi bộ " + name, name, true));
        }
        regionAgencyCell = regionAgencyCellsList.get(1).id();
        officerOfRegion = membersOf(regionAgencyCell).get(3);
        administratorPerson = membersOf(regionAgencyCell).get(4);
        leaders(regionAgency, regionAgencyCellsList.get(0));
        leaders(region, regionAgencyCellsList.get(1));

        for (int d = 0; d < size.divisions; d++) {
            Org div = org(region, OrganizationType.UPPER_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                    "Đảng bộ Sư đoàn " + (391 + d * 7), "SĐ" + (391 + d * 7), "Sư đoàn " + (391 + d * 7), 1979);
            Org divAgency = org(div, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.AGENCY,
                    "Đảng bộ Cơ quan Sư đoàn " + (391 + d * 7), null, "Cơ quan Sư đoàn", 1979);
            List<Org> divCells = new ArrayList<>();
            for (String name : new String[] {"Cơ quan Tham mưu", "Cơ quan Chính trị", "Cơ quan Hậu cần - Kỹ thuật",
                    "Đại đội Thông tin"}) {
                divCells.add(cell(divAgency, OrganizationCategory.AGENCY, "Chi bộ " + name, name, true));
            }
            if (d == 0) {
                division = div.id();
                divisionAgencyCell = divCells.get(1).id();
            }
            leaders(divAgency, divCells.get(0));
            leaders(div, divCells.get(1));
            for (int r = 1; r <= 3; r++) {
                regimentOrBrigade(div, "Trung đoàn " + (d * 3 + r), d == 0 && r == 1);
            }
        }
        for (int b = 0; b < size.brigades; b++) {
            regimentOrBrigade(region, "Lữ đoàn " + (795 + b * 3), false);
        }
        for (int p = 0; p < size.provinces; p++) {
            province(region, DemoNames.PROVINCES[p % DemoNames.PROVINCES.length]
                    + (p >= DemoNames.PROVINCES.length ? " " + (p / DemoNames.PROVINCES.length + 1) : ""));
        }
        flush();
        return new Anchors(region.id(), division, sampleCell, regionAgencyCell, divisionAgencyCell,
                secretaryOfSampleCell, memberOfSampleCell, officerOfRegion, officerOfDivision, inspectorOfDivision,
                administratorPerson);
    }

    private Org regimentOrBrigade(Org parent, String unit, boolean anchor) {
        Org committee = org(parent, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                "Đảng bộ " + unit, null, unit, 1980 + random.nextInt(20));
        Org hq = cell(committee, OrganizationCategory.STANDING_FORCE, "Chi bộ Cơ quan " + unit, "Cơ quan " + unit, true);
        leaders(committee, hq);
        for (int battalion = 1; battalion <= 3; battalion++) {
            Org partial = org(committee, OrganizationType.PARTIAL_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                    "Đảng bộ Tiểu đoàn " + battalion, null, "Tiểu đoàn " + battalion, 1985);
            for (int company = 1; company <= 3; company++) {
                int number = (battalion - 1) * 3 + company;
                Org cell = cell(partial, OrganizationCategory.STANDING_FORCE, "Chi bộ Đại đội " + number,
                        "Đại đội " + number, false);
                if (anchor && battalion == 1 && company == 1) {
                    sampleCell = cell.id();
                    List<Long> members = membersByCell.get(sampleCell);
                    secretaryOfSampleCell = members.get(0);
                    memberOfSampleCell = members.get(members.size() - 1);
                }
                if (company == 1) {
                    leaders(partial, cell);
                }
            }
        }
        return committee;
    }

    private void province(Org region, String provinceName) {
        Org command = org(region, OrganizationType.UPPER_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                "Đảng bộ Quân sự tỉnh " + provinceName, null, "Bộ Chỉ huy Quân sự tỉnh " + provinceName, 1976);
        Org agency = org(command, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.AGENCY,
                "Đảng bộ Cơ quan Bộ Chỉ huy Quân sự tỉnh " + provinceName, null, "Cơ quan Bộ CHQS tỉnh", 1976);
        List<Org> cells = new ArrayList<>();
        for (String name : new String[] {"Phòng Tham mưu", "Phòng Chính trị", "Phòng Hậu cần - Kỹ thuật", "Đại đội Bộ binh"}) {
            cells.add(cell(agency, OrganizationCategory.AGENCY, "Chi bộ " + name, name, true));
        }
        leaders(agency, cells.get(0));
        leaders(command, cells.get(1));
        for (int district = 0; district < size.districtsPerProvince; district++) {
            String place = DemoNames.PLACES[(district * 7 + provinceName.length()) % DemoNames.PLACES.length];
            Org districtCommittee = org(command, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                    "Đảng bộ Quân sự huyện " + place, null, "Ban Chỉ huy Quân sự huyện " + place, 1978);
            Org districtCell = cell(districtCommittee, OrganizationCategory.STANDING_FORCE,
                    "Chi bộ Cơ quan Quân sự huyện " + place, "Cơ quan Ban CHQS huyện", true);
            leaders(districtCommittee, districtCell);
            for (int commune = 0; commune < size.communesPerDistrict; commune++) {
                String communeName = DemoNames.PLACES[(commune * 5 + district * 3 + 1) % DemoNames.PLACES.length]
                        + (commune >= DemoNames.PLACES.length ? " " + (commune / DemoNames.PLACES.length + 1) : "");
                cell(districtCommittee, OrganizationCategory.COMMUNE_MILITARY, "Chi bộ Quân sự xã " + communeName,
                        "Ban Chỉ huy Quân sự xã " + communeName, false);
            }
        }
    }

    // ---- organizations -----------------------------------------------------------------------

    private Org org(Org parent, OrganizationType type, OrganizationCategory category, String name, String shortName,
                    String unitName, int foundedYear) {
        long id = nextOrganizationId++;
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        int depth = parent == null ? 0 : parent.depth() + 1;
        String cleanName = VietnameseText.clean(name);
        organizationRows.add(new Object[] {id, parent == null ? null : parent.id(), path, depth, type.name(),
                category.name(), cleanName, shortName, unitName,
                VietnameseText.searchKey(cleanName + (shortName == null ? "" : " " + shortName)),
                VietnameseText.nameSortKey(cleanName), "ACTIVE", LocalDate.of(foundedYear, 1 + random.nextInt(12), 1),
                now, now});
        return new Org(id, path, depth, type, category);
    }

    /** A cell with its members and masses; {@code agency} cells have officers, company cells soldiers. */
    private Org cell(Org parent, OrganizationCategory category, String name, String unitName, boolean agency) {
        Org cell = org(parent, OrganizationType.CELL, category, name, null, unitName, 1990 + random.nextInt(25));
        boolean commune = category == OrganizationCategory.COMMUNE_MILITARY;
        int members = 8 + random.nextInt(9);
        int masses = agency ? 8 + random.nextInt(10) : 17 + random.nextInt(20);
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            memberIds.add(person(cell, true, agency, commune, i));
        }
        for (int i = 0; i < masses; i++) {
            person(cell, false, agency, commune, i);
        }
        LocalDate termStart = LocalDate.of(2025, 3 + random.nextInt(4), 1);
        role(memberIds.get(0), cell.id(), PartyPosition.SECRETARY, termStart);
        role(memberIds.get(1), cell.id(), PartyPosition.DEPUTY_SECRETARY, termStart);
        if (members >= 9) {
            role(memberIds.get(2), cell.id(), PartyPosition.COMMITTEE_MEMBER, termStart);
        }
        membersByCell.put(cell.id(), memberIds);
        return cell;
    }

    /** Committee leaders come from the committee's own headquarters cell. */
    private void leaders(Org committee, Org hqCell) {
        List<Long> candidates = membersOf(hqCell.id());
        LocalDate termStart = LocalDate.of(2025, 6 + random.nextInt(3), 1);
        role(candidates.get(0), committee.id(), PartyPosition.SECRETARY, termStart);
        role(candidates.get(1), committee.id(), PartyPosition.DEPUTY_SECRETARY, termStart);
        role(candidates.get(2), committee.id(), PartyPosition.STANDING_COMMITTEE, termStart);
        role(candidates.get(3), committee.id(), PartyPosition.COMMITTEE_MEMBER, termStart);
        role(candidates.get(4), committee.id(), PartyPosition.INSPECTION_COMMISSION, termStart);
        if (committee.id() == division) {
            officerOfDivision = candidates.get(5);
            inspectorOfDivision = candidates.get(4);
        }
    }

    /** The cell's members that are official (leaders are chosen among them). */
    private List<Long> membersOf(long cellId) {
        return membersByCell.get(cellId).stream().filter(officialMembers::contains).toList();
    }

    // ---- people ------------------------------------------------------------------------------

    private long person(Org cell, boolean member, boolean agency, boolean commune, int index) {
        long id = nextPersonId++;
        boolean female = random.nextInt(100) < (agency ? 15 : commune ? 8 : 2);
        String name = VietnameseText.clean(DemoNames.fullName(random, female));
        int age = member ? 24 + random.nextInt(30) : 18 + random.nextInt(commune ? 20 : 6);
        LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
        PartyStatus status;
        LocalDate sympathiser = null;
        LocalDate admitted = null;
        LocalDate official = null;
        // the first members of a cell are its leaders: always official
        if (member) {
            boolean probationary = index >= 6 && random.nextInt(100) < 12;
            if (probationary) {
                admitted = today.minusDays(30 + random.nextInt(320));
                status = PartyStatus.PROBATIONARY;
            } else {
                int maxYears = Math.max(2, age - 20);
                admitted = today.minusYears(1 + random.nextInt(maxYears)).minusDays(random.nextInt(365));
                official = admitted.plusYears(1);
                status = PartyStatus.OFFICIAL;
                officialMembers.add(id);
            }
            sympathiser = admitted.minusMonths(6 + random.nextInt(12));
        } else if (random.nextInt(100) < 15) {
            status = PartyStatus.SYMPATHISER;
            sympathiser = today.minusDays(20 + random.nextInt(300));
        } else {
            status = PartyStatus.MASS;
        }
        String rank;
        String position;
        if (commune) {
            rank = member && index == 0 ? "Đại úy" : "Dân quân";
            position = member ? switch (index) {
                case 0 -> "Chỉ huy trưởng Ban CHQS xã";
                case 1 -> "Chính trị viên Ban CHQS xã";
                case 2 -> "Phó Chỉ huy trưởng";
                default -> "Dân quân thường trực";
            } : "Dân quân cơ động";
        } else if (member) {
            rank = agency || index < 4 ? DemoNames.OFFICER_RANKS[Math.min(7, random.nextInt(4) + (agency ? 3 : 0))]
                    : DemoNames.pick(random, DemoNames.NCO_RANKS);
            position = agency ? (index == 0 ? "Trưởng phòng" : index == 1 ? "Phó Trưởng phòng" : "Trợ lý")
                    : switch (index) {
                        case 0 -> "Chính trị viên";
                        case 1 -> "Đại đội trưởng";
                        case 2 -> "Phó Đại đội trưởng";
                        case 3 -> "Trung đội trưởng";
                        default -> "Tiểu đội trưởng";
                    };
        } else {
            rank = agency ? DemoNames.pick(random, DemoNames.NCO_RANKS) : DemoNames.pick(random, DemoNames.SOLDIER_RANKS);
            position = agency ? "Nhân viên" : "Chiến sĩ";
        }
        String identity = String.format("%03d%09d", 75 + (int) (cell.id() % 20), ++identitySerial);
        personRows.add(new Object[] {id, name, VietnameseText.searchKey(name), VietnameseText.personSortKey(name), birth,
                female ? Gender.FEMALE.name() : Gender.MALE.name(), identity, rank, position,
                DemoNames.pick(random, DemoNames.EDUCATION), "09" + String.format("%08d", random.nextInt(100_000_000)),
                cell.id(), cell.path(), status.name(), sympathiser, admitted, official, now, now});
        LocalDate joined = member ? (official != null ? official : admitted) : today.minusMonths(1 + random.nextInt(20));
        membershipRows.add(new Object[] {id, cell.id(), "PRIMARY", joined.isAfter(today) ? today : joined});
        if (sympathiser != null) {
            statusRows.add(new Object[] {id, PartyStatus.SYMPATHISER.name(), sympathiser, "system", now});
        }
        if (admitted != null) {
            statusRows.add(new Object[] {id, PartyStatus.PROBATIONARY.name(), admitted, "system", now});
        }
        if (official != null) {
            statusRows.add(new Object[] {id, PartyStatus.OFFICIAL.name(), official, "system", now});
        }
        if (status == PartyStatus.MASS) {
            statusRows.add(new Object[] {id, PartyStatus.MASS.name(), joined, "system", now});
        }
        return id;
    }

    private void role(long personId, long organizationId, PartyPosition position, LocalDate from) {
        roleRows.add(new Object[] {personId, organizationId, position.name(), from});
    }

    // ---- writing -----------------------------------------------------------------------------

    private void flush() {
        batch("""
                insert into organization (id, parent_id, path, depth, type, category, name, short_name, unit_name,
                    search_key, sort_key, status, valid_from, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", organizationRows);
        batch("""
                insert into person (id, full_name, search_key, sort_key, birth_date, gender, identity_number,
                    military_rank, position_title, education, phone, organization_id, org_path, party_status,
                    sympathiser_since, admitted_on, official_since, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", personRows);
        batch("insert into party_status_change (person_id, status, effective_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
                statusRows);
        batch("insert into membership (person_id, organization_id, kind, from_date) values (?, ?, ?, ?)", membershipRows);
        batch("insert into leadership_role (person_id, organization_id, role, from_date) values (?, ?, ?, ?)", roleRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    long organizationCount() {
        return nextOrganizationId - 1;
    }

    long personCount() {
        return nextPersonId - 1;
    }
}
