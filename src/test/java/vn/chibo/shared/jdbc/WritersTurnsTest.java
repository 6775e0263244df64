package vn.chibo.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The kinds' keys are the ones the PostgreSQL migrations' lock triggers take, each once, and no other. */
class WritersTurnsTest {

    private static final Pattern LOCK = Pattern.compile("pg_advisory_xact_lock\\((\\d+)\\)");

    @Test
    void theKindsKeysAreTheMigrationsLockKeys() throws Exception {
        Set<Long> taken = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/postgresql/*.sql")) {
            Matcher lock = LOCK.matcher(file.getContentAsString(StandardCharsets.UTF_8));
            while (lock.find()) {
                taken.add(Long.parseLong(lock.group(1)));
            }
        }
        Set<Long> kinds = Arrays.stream(WritersTurns.Kind.values()).map(WritersTurns.Kind::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(kinds).hasSize(WritersTurns.Kind.values().length).isEqualTo(taken);
    }
}
