package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.organization.OrganizationBulkEntry;
import vn.chibo.organization.OrganizationRef;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyStatus;
import vn.chibo.people.PersonBulkEntry;
import vn.chibo.people.PersonBulkEntry.NewPerson;
import vn.chibo.people.PersonBulkEntry.NewPersonWithRole;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * What a bulk load remembers for the rest of its transaction: the organizations it locked (not locked again, still
 * read in scope) and the identity numbers it found free (not asked again, but taken once it writes them); its audit
 * records stored together.
 */
@IntegrationTest
class PersonBulkTransactionTest {

    @Autowired
    PersonBulkEntry people;
    @Autowired
    OrganizationBulkEntry organizations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoFixture demo;
    @Autowired
    JdbcClient jdbc;

    NewPersonWithRole person(String name, String identityNumber) {
        return new NewPersonWithRole(new NewPerson(name, LocalDate.of(1998, 3, 4), Gender.MALE, identityNumber, null, null,
                null, null, demo.sampleCell(), PartyStatus.MASS, null, null, null), null, null);
    }

    /** A twelve-digit identity number nobody in the shared test data has. */
    String freeNumber() {
        long max = jdbc.sql("select max(cast(identity_number as bigint)) from person where identity_number is not null")
                .query(Long.class).optional().orElse(0L);
        return String.format("%012d", Math.max(max, 80_000_000_000L) + 1);
    }

    @Test
    void aNumberFoundFreeAndWrittenByAnEarlierRunIsRefusedInALaterRunOfTheSameTransaction() {
        demo.signIn("canbo");
        String number = freeNumber();
        transactions.executeWithoutResult(tx -> {
            assertThat(people.byIdentityNumbers(List.of(number))).isEmpty();
            people.createAll(List.of(person("Lò Văn Lượt Một", number)), "test");
            assertThatThrownBy(() -> people.createAll(List.of(person("Lò Văn Lượt Hai", number)), "test"))
                    .isInstanceOfSatisfying(PersonBulkEntry.Refused.class,
                            r -> assertThat(r.problem().messageKey()).isEqualTo("person.error.identityNumberTaken"));
            tx.setRollbackOnly();
        });
    }

    @Test
    void aNumberTheTransactionDidNotFindFreeIsCheckedAgainstTheTable() {
        demo.signIn("canbo");
        String taken = jdbc.sql("select min(identity_number) from person where identity_number is not null")
                .query(String.class).single();
        transactions.executeWithoutResult(tx -> {
            assertThat(people.byIdentityNumbers(List.of(freeNumber()))).isEmpty();
            assertThatThrownBy(() -> people.createAll(List.of(person("Lò Văn Trùng Số", taken)), "test"))
                    .isInstanceOf(PersonBulkEntry.Refused.class);
            tx.setRollbackOnly();
        });
    }

    @Test
    void organizationsLockedEarlierInTheTransactionAreReadAgainInScopeOnly() {
        demo.signIn("canbo.sudoan");
        List<Long> ids = List.of(demo.sampleCell(), demo.cellOutsideDivision());
        transactions.executeWithoutResult(tx -> {
            Map<Long, OrganizationRef> first = organizations.lockVisible(ids);
            Map<Long, OrganizationRef> again = organizations.lockVisible(ids);
            assertThat(first.keySet()).containsExactly(demo.sampleCell());
            assertThat(again).isEqualTo(first);
        });
    }

    @Test
    void aLoadsAuditRecordsAreStoredTogetherInItsTransaction() {
        demo.signIn("canbo");
        String source = "kiểm thử ghi nhật ký theo lô";
        List<NewPersonWithRole> load = new ArrayList<>();
        for (int i = 0; i < PersonBulkWriter.AUDIT_EVERY + 3; i++) {
            load.add(person("Lò Văn Nhật Ký " + i, null));
        }
        transactions.executeWithoutResult(tx -> {
            people.createAll(load, source);
            List<Map<String, Object>> entries = jdbc.sql("select actor, summary from audit_entry"
                    + " where action = 'CREATE_BULK' and summary like :s order by id").param("s", source + "%")
                    .query().listOfRows();
            assertThat(entries).extracting(e -> e.get("summary"))
                    .containsExactly(source + " · " + PersonBulkWriter.AUDIT_EVERY, source + " · 3");
            assertThat(entries).extracting(e -> e.get("actor")).containsOnly("canbo");
            tx.setRollbackOnly();
        });
    }
}
