package vn.chibo.cluster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Every node runs the same schedule: a job without a lock would run once per node. */
class ScheduledJobsAreLockedTest {

    private final JavaClasses application = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.chibo");

    @Test
    void everyScheduledMethodTakesTheClusterWideLock() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("several nodes run the same schedule; ShedLock lets one of them run each job")
                .check(application);
    }
}
