package vn.chibo.shared.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every placeholder a migration names has a value on each database, so no vendor meets an unknown one first. */
class MigrationPlaceholdersTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    @Test
    void bothVendorsDefineTheSamePlaceholders() {
        assertThat(MigrationPlaceholders.forVendor(MigrationPlaceholders.POSTGRESQL).keySet())
                .isEqualTo(MigrationPlaceholders.forVendor(MigrationPlaceholders.H2).keySet());
    }

    @Test
    void everyPlaceholderInTheMigrationsIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*.sql")) {
            Matcher matcher = PLACEHOLDER.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(used).contains("collate_bytewise", "binary")
                .isSubsetOf(MigrationPlaceholders.forVendor(MigrationPlaceholders.H2).keySet());
    }
}
