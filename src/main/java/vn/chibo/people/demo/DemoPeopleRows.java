package vn.chibo.people.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.text.VietnameseText;

/**
 * The demo region's people as rows of the people tables (person, status history, membership, leadership roles),
 * drawn from the region's random source while {@link DemoRegionGenerator} fills each cell.
 */
final class DemoPeopleRows {

    private final Random random;
    private final LocalDate today;
    private final Timestamp now;
    private final List<Object[]> personRows = new ArrayList<>();
    private final List<Object[]> statusRows = new ArrayList<>();
    private final List<Object[]> membershipRows = new ArrayList<>();
    private final List<Object[]> roleRows = new ArrayList<>();
    private final Set<Long> officialMembers = new HashSet<>();
    private long nextPersonId = 1;
    private long identitySerial = 0;

    DemoPeopleRows(Random random, LocalDate today, Timestamp now) {
        this.random = random;
        this.today = today;
        this.now = now;
    }

    long person(long cellId, String cellPath, boolean member, boolean agency, boolean commune, int index) {
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
        String identity = String.format("%03d%09d", 75 + (int) (cellId % 20), ++identitySerial);
        personRows.add(new Object[] {id, name, VietnameseText.searchKey(name), VietnameseText.personSortKey(name), birth,
                female ? Gender.FEMALE.name() : Gender.MALE.name(), identity, rank, position,
                DemoNames.pick(random, DemoNames.EDUCATION), "09" + String.format("%08d", random.nextInt(100_000_000)),
                cellId, cellPath, status.name(), sympathiser, admitted, official, now, now});
        LocalDate joined = member ? (official != null ? official : admitted) : today.minusMonths(1 + random.nextInt(20));
        membershipRows.add(new Object[] {id, cellId, "PRIMARY", joined.isAfter(today) ? today : joined});
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

    void role(long personId, long organizationId, PartyPosition position, LocalDate from) {
        roleRows.add(new Object[] {personId, organizationId, position.name(), from});
    }

    boolean isOfficial(long personId) {
        return officialMembers.contains(personId);
    }

    long count() {
        return nextPersonId - 1;
    }

    /** Hands each table's rows to the writer, people before the rows that refer to them. */
    void write(BiConsumer<String, List<Object[]>> batch) {
        batch.accept("""
                insert into person (id, full_name, search_key, sort_key, birth_date, gender, identity_number,
                    military_rank, position_title, education, phone, organization_id, org_path, party_status,
                    sympathiser_since, admitted_on, official_since, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", personRows);
        batch.accept("insert into party_status_change (person_id, status, effective_on, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?)", statusRows);
        batch.accept("insert into membership (person_id, organization_id, kind, from_date) values (?, ?, ?, ?)", membershipRows);
        batch.accept("insert into leadership_role (person_id, organization_id, role, from_date) values (?, ?, ?, ?)", roleRows);
    }
}
