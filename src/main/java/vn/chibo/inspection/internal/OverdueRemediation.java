package vn.chibo.inspection.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.inspection.RemediationActionOverdue;

/**
 * Each morning, announces the remediation actions that went past their due date without being reported done, once
 * each: the row is stamped by an update that only one node can win, so several nodes never announce it twice.
 */
@Component
@EnableScheduling
public class OverdueRemediation {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OverdueRemediation(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${chibo.notifications.overdue-cron:0 0 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "overdue-remediation", lockAtMostFor = "PT30M",
            lockAtLeastFor = "PT1M")
    void daily() {
        announce(LocalDate.now(clock));
    }

    /**
     * Stamps and announces in one transaction, so the event is stored in the publication registry with the stamp.
     *
     * @return how many actions were announced overdue now
     */
    public int announce(LocalDate today) {
        return transaction.execute(status -> stampAndPublish(today));
    }

    private int stampAndPublish(LocalDate today) {
        var due = jdbc.sql("""
                        select id, finding_id, org_path, owner_person_id, content, due_on from remediation_action
                        where completed_on is null and due_on < :today and overdue_notified_on is null order by id""")
                .param("today", today)
                .query((rs, n) -> new RemediationActionOverdue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
        int announced = 0;
        for (RemediationActionOverdue action : due) {
            int won = jdbc.sql("update remediation_action set overdue_notified_on = :today where id = :id and overdue_notified_on is null")
                    .param("today", today).param("id", action.actionId()).update();
            if (won == 1) {
                events.publishEvent(action);
                announced++;
            }
        }
        return announced;
    }
}
