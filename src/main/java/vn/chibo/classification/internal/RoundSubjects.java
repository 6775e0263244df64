package vn.chibo.classification.internal;

import static vn.chibo.classification.internal.ClassificationAccess.within;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chibo.organization.OrganizationDirectory;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.PersonDirectory;
import vn.chibo.shared.text.VietnameseText;

/**
 * The subjects of a new round: every party organization strictly below the round's organization,
 * and every member in its subtree. An organization is decided by its direct superior; a member by
 * the nearest grassroots committee above his cell (or the cell's superior where there is none).
 */
@Component
class RoundSubjects {

    static final Set<OrganizationType> CLASSIFIED_TYPES = EnumSet.of(OrganizationType.UPPER_COMMITTEE,
            OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE, OrganizationType.CELL);

    private final OrganizationDirectory organizations;
    private final PersonDirectory people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RoundSubjects(OrganizationDirectory organizations, PersonDirectory people, JdbcTemplate jdbc, Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Inserts one entry per subject not yet covered by another round of the year; returns how many. */
    int createEntries(ClassificationRound round, OrganizationRef root) {
        List<OrganizationRef> subtree = organizations.activeInSubtree(root.path(), EnumSet.allOf(OrganizationType.class));
        Map<Long, OrganizationRef> known = new HashMap<>();
        organizations.breadcrumbs(root.id()).forEach(o -> known.put(o.id(), o));
        subtree.forEach(o -> known.put(o.id(), o));
        Set<String> covered = new HashSet<>(jdbc.queryForList("select subject_kind || ':' || subject_id"
                + " from classification_entry where round_year = ? and " + within("org_path", root.path()), String.class,
                round.getYear()));
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(clock.instant());
        for (OrganizationRef o : subtree) {
            if (o.id() == root.id() || !CLASSIFIED_TYPES.contains(o.type()) || covered.contains("ORGANIZATION:" + o.id())) {
                continue;
            }
            OrganizationRef deciding = known.getOrDefault(o.parentId(), root);
            rows.add(new Object[] {round.getId(), "ORGANIZATION", o.id(), o.name(), VietnameseText.searchKey(o.name()),
                    VietnameseText.nameSortKey(o.name()), o.id(), o.path(), o.type().name(), deciding.id(), deciding.path(),
                    deciding.id() + "-" + o.type().name(), null, now});
        }
        LocalDate reference = LocalDate.of(round.getYear(), 12, 31);
        if (reference.isAfter(LocalDate.now(clock))) {
            reference = LocalDate.now(clock);
        }
        for (PersonDirectory.PartyMemberLine member : people.partyMembersUnder(root.path())) {
            OrganizationRef own = known.get(member.organizationId());
            if (own == null || member.admittedOn() != null && member.admittedOn().isAfter(reference)
                    || covered.contains("MEMBER:" + member.id())) {
                continue;
            }
            OrganizationRef deciding = memberDecider(own, known);
            Integer months = member.admittedOn() == null ? null
                    : (int) Math.max(0, ChronoUnit.MONTHS.between(member.admittedOn(), reference));
            rows.add(new Object[] {round.getId(), "MEMBER", member.id(), member.fullName(),
                    VietnameseText.searchKey(member.fullName()), VietnameseText.personSortKey(member.fullName()),
                    own.id(), own.path(), null, deciding.id(), deciding.path(), deciding.id() + "-MEMBER", months, now});
        }
        jdbc.batchUpdate("insert into classification_entry (round_id, subject_kind, subject_id, subject_name, search_key,"
                + " sort_key, organization_id, org_path, org_type, deciding_org_id, deciding_org_path, quota_group,"
                + " months_since_admission, updated_at, round_year, status, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + round.getYear() + ", 'PENDING', 0)",
                rows);
        return rows.size();
    }

    /**
     * The grassroots level that decides for a member: the nearest đảng bộ cơ sở above (or at) his
     * organization, or a chi bộ cơ sở (a cell directly under an upper committee) itself.
     */
    static OrganizationRef memberDecider(OrganizationRef own, Map<Long, OrganizationRef> known) {
        OrganizationRef cursor = own;
        while (cursor != null) {
            OrganizationRef parent = cursor.parentId() == null ? null : known.get(cursor.parentId());
            if (cursor.type() == OrganizationType.GRASSROOTS_COMMITTEE
                    || cursor.type() == OrganizationType.CELL && parent != null && parent.type() == OrganizationType.UPPER_COMMITTEE) {
                return cursor;
            }
            cursor = cursor.parentId() == null ? null : known.get(cursor.parentId());
        }
        return own.parentId() != null && known.containsKey(own.parentId()) ? known.get(own.parentId()) : own;
    }
}
