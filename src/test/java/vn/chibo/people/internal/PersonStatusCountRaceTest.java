package vn.chibo.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * Two transactions that each add the first person of one organization and party status at the same time both commit,
 * and the count says two: on H2 the second one's count row collides with the first's ({@link PersonStatusCountTrigger}
 * then adds to the row the first committed instead of failing the writer).
 */
@IntegrationTest
class PersonStatusCountRaceTest {

    private static final Timestamp AT = Timestamp.from(Instant.parse("2026-12-06T02:00:00Z"));
    private static final String STATUS = "SYMPATHISER";

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    long cell;

    @AfterEach
    void removeThePeople() {
        jdbc.sql("delete from person where full_name like 'Lò Văn Đua %'").update();
        jdbc.sql("delete from person_status_count where organization_id = :o and party_status = :s and people = 0")
                .param("o", cell).param("s", STATUS).update();
    }

    @Test
    void twoFirstPeopleOfAnOrganizationAndStatusAddedAtOnceAreBothCounted() throws Exception {
        cell = jdbc.sql("""
                        select o.id from organization o where o.type = 'CELL' and not exists (select 1 from person_status_count c
                            where c.organization_id = o.id and c.party_status = :s) order by o.id""")
                .param("s", STATUS).query(Long.class).list().get(0);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insert(first, 1);
            CompletableFuture<Void> secondWriter = CompletableFuture.runAsync(() -> {
                try {
                    insert(second, 2); // waits for the first writer's count row
                    second.commit();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            first.commit();
            secondWriter.get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("select people from person_status_count where organization_id = :o and party_status = :s")
                .param("o", cell).param("s", STATUS).query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("select count(*) from person where organization_id = :o and party_status = :s")
                .param("o", cell).param("s", STATUS).query(Long.class).single()).isEqualTo(2L);
    }

    private void insert(Connection connection, int i) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into person (full_name, search_key, sort_key, gender, organization_id, org_path, party_status,
                    version, created_at, updated_at) values (?, ?, ?, 'MALE', ?, ?, ?, 0, ?, ?)""")) {
            insert.setString(1, "Lò Văn Đua " + i);
            insert.setString(2, "lo van dua " + i);
            insert.setString(3, "lo van dua " + i);
            insert.setLong(4, cell);
            insert.setString(5, demo.pathOf(cell));
            insert.setString(6, STATUS);
            insert.setTimestamp(7, AT);
            insert.setTimestamp(8, AT);
            insert.executeUpdate();
        }
    }
}
