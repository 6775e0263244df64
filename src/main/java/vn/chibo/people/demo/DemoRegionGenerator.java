package vn.chibo.people.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PartyPosition;
import vn.chibo.shared.demo.DemoSize;
import vn.chibo.shared.text.VietnameseText;

/**
 * Builds the synthetic region with a fixed seed and writes it with JDBC batches (fast enough for
 * the 90,000-person benchmark size). Ids are assigned here so that paths can be computed up front.
 * The tree and its people come from one random source, drawn as each cell is built and filled
 * ({@link DemoPeopleRows}), which is why organizations and people are generated together here
 * rather than by two contributors.
 */
final class DemoRegionGenerator {

    /** Where the demo accounts attach: filled while generating. */
    record Anchors(long region, long division, long sampleCell, long secretaryOfSampleCell, long memberOfSampleCell,
                   long officerOfRegion, long officerOfDivision, long inspectorOfDivision, long administratorPerson) {
    }

    private record Org(long id, String path, int depth, OrganizationType type, OrganizationCategory category) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final DemoSize size;
    private final Timestamp now;
    private final DemoPeopleRows people;
    private final List<Object[]> organizationRows = new ArrayList<>();
    private final Map<Long, List<Long>> membersByCell = new HashMap<>();
    private long nextOrganizationId = 1;

    // anchors
    private long division;
    private long sampleCell;
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
        this.now = Timestamp.from(clock.instant());
        this.people = new DemoPeopleRows(random, LocalDate.now(clock), now);
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
        long regionAgencyCell = regionAgencyCellsList.get(1).id();
        officerOfRegion = membersOf(regionAgencyCell).get(3);
        administratorPerson = membersOf(regionAgencyCell).get(4);
        leaders(regionAgency, regionAgencyCellsList.get(0));
        leaders(region, regionAgencyCellsList.get(1));

        for (int d = 0; d < size.divisions(); d++) {
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
            }
            leaders(divAgency, divCells.get(0));
            leaders(div, divCells.get(1));
            for (int r = 1; r <= 3; r++) {
                regimentOrBrigade(div, "Trung đoàn " + (d * 3 + r), d == 0 && r == 1);
            }
        }
        for (int b = 0; b < size.brigades(); b++) {
            regimentOrBrigade(region, "Lữ đoàn " + (795 + b * 3), false);
        }
        for (int p = 0; p < size.provinces(); p++) {
            province(region, DemoNames.PROVINCES[p % DemoNames.PROVINCES.length]
                    + (p >= DemoNames.PROVINCES.length ? " " + (p / DemoNames.PROVINCES.length + 1) : ""));
        }
        flush();
        return new Anchors(region.id(), division, sampleCell, secretaryOfSampleCell, memberOfSampleCell, officerOfRegion,
                officerOfDivision, inspectorOfDivision, administratorPerson);
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
        for (int district = 0; district < size.districtsPerProvince(); district++) {
            String place = DemoNames.PLACES[(district * 7 + provinceName.length()) % DemoNames.PLACES.length];
            Org districtCommittee = org(command, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationCategory.STANDING_FORCE,
                    "Đảng bộ Quân sự huyện " + place, null, "Ban Chỉ huy Quân sự huyện " + place, 1978);
            Org districtCell = cell(districtCommittee, OrganizationCategory.STANDING_FORCE,
                    "Chi bộ Cơ quan Quân sự huyện " + place, "Cơ quan Ban CHQS huyện", true);
            leaders(districtCommittee, districtCell);
            for (int commune = 0; commune < size.communesPerDistrict(); commune++) {
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
            memberIds.add(people.person(cell.id(), cell.path(), true, agency, commune, i));
        }
        for (int i = 0; i < masses; i++) {
            people.person(cell.id(), cell.path(), false, agency, commune, i);
        }
        LocalDate termStart = LocalDate.of(2025, 3 + random.nextInt(4), 1);
        people.role(memberIds.get(0), cell.id(), PartyPosition.SECRETARY, termStart);
        people.role(memberIds.get(1), cell.id(), PartyPosition.DEPUTY_SECRETARY, termStart);
        if (members >= 9) {
            people.role(memberIds.get(2), cell.id(), PartyPosition.COMMITTEE_MEMBER, termStart);
        }
        membersByCell.put(cell.id(), memberIds);
        return cell;
    }

    /** Committee leaders come from the committee's own headquarters cell. */
    private void leaders(Org committee, Org hqCell) {
        List<Long> candidates = membersOf(hqCell.id());
        LocalDate termStart = LocalDate.of(2025, 6 + random.nextInt(3), 1);
        people.role(candidates.get(0), committee.id(), PartyPosition.SECRETARY, termStart);
        people.role(candidates.get(1), committee.id(), PartyPosition.DEPUTY_SECRETARY, termStart);
        people.role(candidates.get(2), committee.id(), PartyPosition.STANDING_COMMITTEE, termStart);
        people.role(candidates.get(3), committee.id(), PartyPosition.COMMITTEE_MEMBER, termStart);
        people.role(candidates.get(4), committee.id(), PartyPosition.INSPECTION_COMMISSION, termStart);
        if (committee.id() == division) {
            officerOfDivision = candidates.get(5);
            inspectorOfDivision = candidates.get(4);
        }
    }

    /** The cell's members that are official (leaders are chosen among them). */
    private List<Long> membersOf(long cellId) {
        return membersByCell.get(cellId).stream().filter(people::isOfficial).toList();
    }

    // ---- writing -----------------------------------------------------------------------------

    private void flush() {
        batch("""
                insert into organization (id, parent_id, path, depth, type, category, name, short_name, unit_name,
                    search_key, sort_key, status, valid_from, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", organizationRows);
        people.write(this::batch);
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
        return people.count();
    }
}
