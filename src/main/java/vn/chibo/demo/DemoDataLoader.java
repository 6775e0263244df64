package vn.chibo.demo;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.access.AccountProvisioning;
import vn.chibo.access.LoginPageHints;
import vn.chibo.shared.demo.DemoAnchors;
import vn.chibo.shared.demo.DemoContext;
import vn.chibo.shared.demo.DemoContributor;
import vn.chibo.shared.security.Role;

/**
 * Loads the demo region into an empty database at start-up (all or nothing, one transaction) and
 * creates one demo account per role, password {@code demo}. Lists them on the login page. The data
 * itself comes from each module's {@link DemoContributor}, run in {@link ContributionOrder}.
 */
@Component
@ConditionalOnProperty(name = "chibo.demo.enabled", havingValue = "true")
@org.springframework.context.annotation.Profile("!postgres")
class DemoDataLoader implements ApplicationRunner, LoginPageHints {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final AccountProvisioning accounts;
    private final DemoProperties properties;
    private final List<DemoContributor> contributors;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transaction, AccountProvisioning accounts,
                   DemoProperties properties, List<DemoContributor> contributors, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.accounts = accounts;
        this.properties = properties;
        this.contributors = ContributionOrder.of(contributors);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from organization", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        DemoContext demo = new DemoContext(jdbc, properties.seed(), properties.size(), clock);
        transaction.executeWithoutResult(status -> {
            for (DemoContributor contributor : contributors) {
                long from = System.currentTimeMillis();
                demo.running(contributor.name());
                contributor.contribute(demo);
                log.info("Demo data of '{}' written in {} ms", contributor.name(), System.currentTimeMillis() - from);
            }
            restartIdentities();
            for (DemoContributor contributor : contributors) {
                demo.running(contributor.name());
                contributor.complete(demo);
            }
            demo.running("the demo accounts");
            createAccounts(demo);
        });
        refreshStatistics();
        log.info("ChiBo demo region ({}) loaded by {} in {} ms", properties.size(),
                contributors.stream().map(DemoContributor::name).toList(), System.currentTimeMillis() - started);
    }

    /** The contributors, in the order they run. */
    List<DemoContributor> contributors() {
        return contributors;
    }

    private void createAccounts(DemoContext demo) {
        long region = demo.get(DemoAnchors.REGION);
        long division = demo.get(DemoAnchors.DIVISION);
        long sampleCell = demo.get(DemoAnchors.SAMPLE_CELL);
        accounts.create("admin", PASSWORD, Role.ADMIN, demo.get(DemoAnchors.ADMINISTRATOR_PERSON), region);
        accounts.create("canbo", PASSWORD, Role.OFFICER, demo.get(DemoAnchors.OFFICER_OF_REGION), region);
        accounts.create("canbo.sudoan", PASSWORD, Role.OFFICER, demo.get(DemoAnchors.OFFICER_OF_DIVISION), division);
        accounts.create("kiemtra", PASSWORD, Role.INSPECTOR, demo.get(DemoAnchors.INSPECTOR_OF_DIVISION), division);
        accounts.create("bithu", PASSWORD, Role.SECRETARY, demo.get(DemoAnchors.SECRETARY_OF_SAMPLE_CELL), sampleCell);
        accounts.create("dangvien", PASSWORD, Role.MEMBER, demo.get(DemoAnchors.MEMBER_OF_SAMPLE_CELL), sampleCell);
    }

    /** After a bulk load the planner has no statistics yet; without them it picks slow plans until autovacuum runs. */
    private void refreshStatistics() {
        if (isPostgres()) {
            jdbc.execute("vacuum analyze");
        } else {
            jdbc.execute("analyze");
        }
    }

    private boolean isPostgres() {
        return vn.chibo.shared.jdbc.Databases.isPostgres(dataSource);
    }

    /** Moves the identity columns of the tables whose ids the contributors assigned past the highest id. */
    private void restartIdentities() {
        boolean postgres = isPostgres();
        for (String table : contributors.stream().flatMap(c -> c.tablesWithAssignedIds().stream()).toList()) {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
            if (postgres) {
                jdbc.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + Math.max(1, max) + ")");
            } else {
                jdbc.execute("alter table " + table + " alter column id restart with " + (max + 1));
            }
        }
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        List<String[]> rows = List.of(
                new String[] {"admin", "demo.account.admin"},
                new String[] {"canbo", "demo.account.officer"},
                new String[] {"canbo.sudoan", "demo.account.officerDivision"},
                new String[] {"kiemtra", "demo.account.inspector"},
                new String[] {"bithu", "demo.account.secretary"},
                new String[] {"dangvien", "demo.account.member"});
        return rows.stream().map(r -> new DemoAccount(r[0], PASSWORD, r[1])).toList();
    }

}
