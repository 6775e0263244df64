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
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.access.AccountProvisioning;
import vn.chibo.access.LoginPageHints;
import vn.chibo.shared.security.Role;

/**
 * Loads the demo region into an empty database at start-up (all or nothing, one transaction) and
 * creates one demo account per role, password {@code demo}. Lists them on the login page.
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
    private final vn.chibo.meeting.MeetingScoring meetingScoring;
    private final Clock clock;

    DemoDataLoader(JdbcTemplate jdbc, DataSource dataSource, TransactionTemplate transaction,
                   AccountProvisioning accounts, DemoProperties properties, vn.chibo.meeting.MeetingScoring meetingScoring, Clock clock) {
        this.meetingScoring = meetingScoring;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long existing = jdbc.queryForObject("select count(*) from organization", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        DemoRegionGenerator generator = new DemoRegionGenerator(jdbc, properties.size(), properties.seed(), clock);
        transaction.executeWithoutResult(status -> {
            DemoRegionGenerator.Anchors anchors = generator.generate();
            new DemoEvaluationGenerator(jdbc, properties.seed(), clock).generate(anchors.region(),
                    anchors.sampleCell(), anchors.secretaryOfSampleCell(), anchors.memberOfSampleCell());
            new DemoClassificationGenerator(jdbc, properties.seed(), clock)
                    .generate(anchors.region(), anchors.sampleCell(), anchors.memberOfSampleCell());
            new DemoReviewYearsGenerator(jdbc, properties.seed(), clock).generate(anchors.region());
            new DemoRecognitionGenerator(jdbc, properties.seed(), clock).generate(anchors.sampleCell());
            var mentoring = new DemoMentoringGenerator(jdbc, properties.seed(), clock).generate();
            new DemoDevelopmentGenerator(jdbc, properties.seed(), clock).generate(mentoring.mentorOf());
            new DemoInspectionGenerator(jdbc, properties.seed(), clock)
                    .generate(anchors.division(), anchors.sampleCell(), anchors.inspectorOfDivision());
            // 24 months of meetings; a year at the benchmark size keeps its start-up short (see README)
            long meetingsStarted = System.currentTimeMillis();
            DemoMeetingGenerator meetings = new DemoMeetingGenerator(jdbc, properties.seed(), clock,
                    properties.size() == DemoSize.REGION ? 12 : 24);
            meetings.generate(anchors.sampleCell());
            long written = System.currentTimeMillis();
            restartIdentities();
            int scored = meetingScoring.countLoaded();
            log.info("Demo meetings: {} written in {} ms, {} counted and scored in {} ms", meetings.meetingCount(), written - meetingsStarted,
                    scored, System.currentTimeMillis() - written);
            createAccounts(anchors);
        });
        refreshStatistics();
        log.info("ChiBo demo region ({}) loaded: {} organizations, {} people in {} ms", properties.size(),
                generator.organizationCount(), generator.personCount(), System.currentTimeMillis() - started);
    }

    private void createAccounts(DemoRegionGenerator.Anchors anchors) {
        accounts.create("admin", PASSWORD, Role.ADMIN, anchors.administratorPerson(), anchors.region());
        accounts.create("canbo", PASSWORD, Role.OFFICER, anchors.officerOfRegion(), anchors.region());
        accounts.create("canbo.sudoan", PASSWORD, Role.OFFICER, anchors.officerOfDivision(), anchors.division());
        accounts.create("kiemtra", PASSWORD, Role.INSPECTOR, anchors.inspectorOfDivision(), anchors.division());
        accounts.create("bithu", PASSWORD, Role.SECRETARY, anchors.secretaryOfSampleCell(), anchors.sampleCell());
        accounts.create("dangvien", PASSWORD, Role.MEMBER, anchors.memberOfSampleCell(), anchors.sampleCell());
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
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName").toString()
                    .toLowerCase().contains("postgres");
        } catch (org.springframework.jdbc.support.MetaDataAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private void restartIdentities() {
        boolean postgres = isPostgres();
        for (String table : List.of("organization", "person", "programme", "registration", "classification_round",
                "mentoring_group", "mentoring_assignment", "development_candidate", "award_record",
                "inspection_plan", "inspection_plan_item", "inspection", "inspection_finding",
                "meeting", "meeting_attendee", "meeting_action_item", "meeting_supervision")) {
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
