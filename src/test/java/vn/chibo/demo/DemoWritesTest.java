package vn.chibo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The modules' demo packages ({@code vn.chibo.<module>.demo}) write their own tables with SQL; a table that two
 * modules' demos write is another module's table for one of them, which must be reached through its façade (e.g. the
 * rule store's in-use marks through {@code RuleDocuments}, the award register through {@code AwardHistory}).
 */
class DemoWritesTest {

    private static final Path JAVA = Path.of("src/main/java/vn/chibo");
    private static final Pattern WRITE = Pattern.compile("(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b");

    static Map<String, Set<String>> writersByTable(Map<String, String> sourceByModule) {
        Map<String, Set<String>> writers = new TreeMap<>();
        sourceByModule.forEach((module, source) -> {
            Matcher m = WRITE.matcher(source);
            while (m.find()) {
                writers.computeIfAbsent(m.group(1).toLowerCase(), t -> new TreeSet<>()).add(module);
            }
        });
        return writers;
    }

    @Test
    void everyTableADemoWritesIsWrittenByTheDemoOfOneModuleOnly() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.getParent().getFileName().toString().equals("demo")
                    && f.toString().endsWith(".java")).toList()) {
                String module = JAVA.relativize(file).getName(0).toString();
                sources.merge(module, Files.readString(file, StandardCharsets.UTF_8), String::concat);
            }
        }
        Map<String, Set<String>> writers = writersByTable(sources);
        assertThat(writers).containsKeys("organization", "meeting", "award_record", "classification_round");
        assertThat(writers).allSatisfy((table, modules) -> assertThat(modules).as(table).hasSize(1));
    }

    @Test
    void aTableWrittenByTwoModulesDemosIsFound() {
        var writers = writersByTable(Map.of("mentoring", "batch(\"insert into award_record (id) values (?)\")",
                "recognition", "jdbc.batchUpdate(\"insert into award_record (recipient_kind) values (?)\")",
                "emulation", "jdbc.update(\"update rulebook set in_use = true where id = ?\", id)"));
        assertThat(writers).containsEntry("award_record", Set.of("mentoring", "recognition"))
                .containsEntry("rulebook", Set.of("emulation"));
    }
}
