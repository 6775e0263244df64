package vn.chibo.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalApplicationListenerMethodAdapter;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.inspection.RemediationActionAssigned;
import vn.chibo.support.DemoFixture;
import vn.chibo.support.IntegrationTest;

/**
 * An event whose publication was stored with the change that caused it, but whose listener had not finished when the
 * application stopped, is delivered when the application starts again (Modulith resubmits incomplete publications
 * once the singletons are ready, as configured), and its registry row then goes.
 */
@IntegrationTest
class IncompletePublicationResubmittedTest {

    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoFixture demo;

    @Test
    void aPublicationLeftIncompleteWhenTheApplicationStoppedIsDeliveredOnRestart() throws Exception {
        assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart", Boolean.class)).isTrue();
        long action = 7_000_000 + (System.nanoTime() % 100_000);
        long owner = demo.personOf("dangvien");
        RemediationActionAssigned event = new RemediationActionAssigned(action, 1, demo.pathOf(demo.sampleCell()), owner,
                "Hoàn thiện biên bản", demo.today().plusDays(7));
        Method method = InspectionNotifications.class.getDeclaredMethod("on", RemediationActionAssigned.class);
        PublicationTargetIdentifier listener = PublicationTargetIdentifier.of(
                new TransactionalApplicationListenerMethodAdapter("inspectionNotifications", InspectionNotifications.class, method)
                        .getListenerId());
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        // committed with its change, picked up by the listener, and then the application stopped
        transaction.executeWithoutResult(s -> registry.store(event, Stream.of(listener)));
        transaction.executeWithoutResult(s -> registry.markProcessing(event, listener));
        String key = "ACTION_ASSIGNED:" + action;
        assertThat(pending(action)).isEqualTo(1);
        assertThat(notifications(key)).isZero();

        ((SmartInitializingSingleton) context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME))
                .afterSingletonsInstantiated();

        await().atMost(Duration.ofSeconds(30)).until(() -> notifications(key) == 1);
        assertThat(jdbc.sql("select person_id from notification where event_key = :k").param("k", key).query(Long.class).single())
                .isEqualTo(owner);
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(action) == 0);
    }

    private long pending(long action) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :e")
                .param("e", "%\"actionId\":" + action + ",%").query(Long.class).single();
    }

    private long notifications(String key) {
        return jdbc.sql("select count(*) from notification where event_key = :k").param("k", key).query(Long.class).single();
    }
}
