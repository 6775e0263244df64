package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.text.VietnameseText;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * A search of a whole root, or of every root for the administrator, is counted and paged from the people kept per name
 * ({@code person_name_count}, V66) and shows what a plain query of the person rows shows: the same people in the same
 * order, page by page, with the same total, whatever the status filter; a name that several people share splits across
 * pages; a page past the last keeps the total; a renamed person is found by his new name at once.
 */
@IntegrationTest
@Transactional
class PersonNameSearchTest {

    /** The status filters of the list, written here independently of the query's own conditions. */
    private static final Map<String, String> STATUSES = Map.of(
            "", "party_status not in ('STRUCK_OFF', 'DECEASED')",
            "ALL", "1 = 1",
            "MEMBERS", "party_status in ('PROBATIONARY', 'OFFICIAL')",
            "MASSES", "party_status in ('MASS', 'SYMPATHISER')",
            "OFFICIAL", "party_status = 'OFFICIAL'");

    @Autowired
    PersonQuery query;
    @Autowired
    PersonService people;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    jakarta.persistence.EntityManager entities;

    long root;

    @BeforeEach
    void signInAsAdministrator() {
        demo.signIn("admin");
        root = jdbc.sql("select id from organization where parent_id is null order by id").query(Long.class).list().get(0);
    }

    /** The people matching every word of the search among the rows, in list order. */
    private List<Long> rows(String q, String status) {
        StringBuilder sql = new StringBuilder("select id from person where " + STATUSES.get(status));
        for (String word : VietnameseText.searchKey(q).split(" ")) {
            sql.append(" and search_key like '%").append(word).append("%'");
        }
        return jdbc.sql(sql + " order by sort_key, id").query(Long.class).list();
    }

    private PersonQuery.Page page(String q, String status, Long orgId, int page, int size) {
        return query.search(new PersonFilter(q, status, orgId, null, page, size));
    }

    /** The most common name among the current people: several people share it. */
    private String sharedName() {
        return jdbc.sql("select search_key from person where party_status not in ('STRUCK_OFF', 'DECEASED')"
                + " group by search_key order by count(*) desc, search_key").query(String.class).list().get(0);
    }

    @Test
    void aRootsSearchShowsTheMatchingRowsInListOrderPageByPageWithTheirTotal() {
        String shared = sharedName();
        assertThat(rows(shared, "")).as("people named " + shared).hasSizeGreaterThanOrEqualTo(3);
        for (String q : List.of("van", "nguyen thi", "hoang son", "ĐẶNG thị", shared, "zzzqqq")) {
            for (String status : STATUSES.keySet()) {
                List<Long> expected = rows(q, status);
                // pages of 2 split a shared name between pages; pages of 7 walk the first few pages of a common word
                int size = expected.size() <= 40 ? 2 : 7;
                int pages = (expected.size() + size - 1) / size;
                for (Long orgId : java.util.Arrays.asList(null, root)) {
                    List<Long> shown = new ArrayList<>();
                    for (int p = 0; p < Math.min(pages, 6); p++) {
                        PersonQuery.Page page = page(q, status, orgId, p, size);
                        assertThat(page.total()).as(q + " / " + status + " page " + p).isEqualTo(expected.size());
                        page.rows().forEach(row -> shown.add(row.id()));
                    }
                    assertThat(shown).as(q + " / " + status).isEqualTo(expected.subList(0, shown.size()));
                    assertThat(shown).hasSize(Math.min(expected.size(), 6 * size));
                    if (pages > 0) {
                        assertThat(page(q, status, orgId, pages - 1, size).rows()).extracting(PersonListRow::id)
                                .as(q + " / " + status + " last page").isEqualTo(expected.subList((pages - 1) * size, expected.size()));
                    }
                    PersonQuery.Page past = page(q, status, orgId, pages + 2, size);
                    assertThat(past.rows()).isEmpty();
                    assertThat(past.total()).isEqualTo(expected.size());
                }
            }
        }
    }

    /** The list's Next and Previous links: pages by their neighbour's first or last person, walked to the end and back. */
    @Test
    void pagesByTheirAnchorsWalkTheSameRowsForwardAndBackWithTheSameTotal() {
        String shared = sharedName();
        for (String q : List.of(shared, "nguyen thi", "hoang son")) {
            List<Long> expected = rows(q, "");
            int size = expected.size() <= 40 ? 2 : 7;
            int pages = Math.min(6, (expected.size() + size - 1) / size);
            PersonQuery.Page page = page(q, "", root, 0, size);
            List<Long> forward = new ArrayList<>(page.rows().stream().map(PersonListRow::id).toList());
            for (int p = 1; p < pages; p++) {
                page = query.search(new PersonFilter(q, "", root, null, p, size, page.lastId(), null));
                assertThat(page.total()).as(q + " page " + p).isEqualTo(expected.size());
                page.rows().forEach(row -> forward.add(row.id()));
            }
            assertThat(forward).as(q + " forward").isEqualTo(expected.subList(0, forward.size()));
            List<Long> back = new ArrayList<>(page.rows().stream().map(PersonListRow::id).toList());
            for (int p = pages - 2; p >= 0; p--) {
                page = query.search(new PersonFilter(q, "", null, null, p, size, null, page.firstId()));
                back.addAll(0, page.rows().stream().map(PersonListRow::id).toList());
            }
            assertThat(back).as(q + " back").isEqualTo(forward);
        }
    }

    /** A root's officer searches his own root's people; the administrator every root's. */
    @Test
    void aSearchOfOneRootLeavesOutTheSameNameUnderAnotherRoot() {
        String shared = sharedName();
        long inTheDemo = rows(shared, "").size();
        String fullName = jdbc.sql("select full_name from person where search_key = :k").param("k", shared)
                .query(String.class).list().get(0);
        jdbc.sql("""
                insert into organization (id, parent_id, path, depth, type, category, name, search_key, sort_key, status,
                    valid_from, created_at, updated_at)
                values (987654321, null, '/987654321/', 0, 'COMMITTEE', 'DIVISION', 'Đảng bộ khác', 'dang bo khac', 'zz',
                    'ACTIVE', date '2000-01-01', :at, :at)""").param("at", java.sql.Timestamp.from(demo.now())).update();
        jdbc.sql("""
                insert into person (full_name, search_key, sort_key, gender, organization_id, org_path, party_status, version,
                    created_at, updated_at)
                values (:n, :k, :s, 'MALE', 987654321, '/987654321/', 'OFFICIAL', 0, :at, :at)""")
                .param("n", fullName).param("k", shared).param("s", VietnameseText.personSortKey(fullName))
                .param("at", java.sql.Timestamp.from(demo.now())).update();
        assertThat(page(shared, "", root, 0, 200).total()).isEqualTo(inTheDemo);
        assertThat(page(shared, "", null, 0, 200).total()).isEqualTo(inTheDemo + 1);
        demo.signIn("canbo");
        assertThat(demo.scopeOf("canbo")).as("the demo officer's scope is the root").isEqualTo(root);
        assertThat(page(shared, "", null, 0, 200).rows()).hasSize((int) inTheDemo)
                .allMatch(row -> !row.organizationName().equals("Đảng bộ khác"));
        assertThat(page(shared, "", null, 0, 200).total()).isEqualTo(inTheDemo);
    }

    @Test
    void aNewPersonIsFoundAtOnceAndARenamedOneByHisNewNameOnly() {
        PersonForm form = new PersonForm();
        form.setFullName("Lưu Quang Vỹ Khoa");
        form.setGender(Gender.MALE);
        form.setBirthDate(LocalDate.of(2001, 3, 9));
        form.setOrganizationId(demo.sampleCell());
        form.setPartyStatus(PartyStatus.MASS);
        Person person = people.create(form);
        assertThat(page("vy khoa", "", root, 0, 25).rows()).extracting(PersonListRow::id).containsExactly(person.getId());

        PersonForm renamed = PersonForm.of(people.get(person.getId()));
        renamed.setFullName("Lưu Quang Vỹ Khang");
        people.update(person.getId(), renamed);
        entities.flush();
        assertThat(page("vy khoa", "", root, 0, 25).total()).isZero();
        assertThat(page("vy khang", "", null, 0, 25).rows()).extracting(PersonListRow::id).containsExactly(person.getId());
        assertThat(page("vy khang", "", null, 0, 25).total()).isEqualTo(1);
    }
}
