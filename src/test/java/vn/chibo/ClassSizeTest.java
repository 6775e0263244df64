package vn.chibo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A ratchet on class size: no class in {@code src/main/java} grows over {@value #LIMIT} lines. The
 * classes still over it are listed with their line counts; a listed class may shrink but never grow,
 * and one that drops to the limit or under leaves the list (so it cannot grow back).
 */
class ClassSizeTest {

    static final int LIMIT = 300;

    private static final Path JAVA = Path.of("src/main/java");

    /**
     * Classes still over the limit, with the lines each had when listed: split them along their seams, then lower or
     * remove. Empty since issue 11: every class in {@code src/main/java} is within the limit.
     */
    static final Map<String, Integer> ALLOWED = Map.of();

    @Test
    void noClassGrowsOverTheLimitOrPastItsListedSize() throws IOException {
        assertThat(JAVA).isDirectory();
        assertThat(problems(lineCounts(JAVA), ALLOWED)).as("split the class along its seams (ClassSizeTest.ALLOWED)").isEmpty();
    }

    @Test
    void aNewClassOverTheLimitFails() {
        assertThat(problems(Map.of("vn/chibo/x/Big.java", LIMIT + 1), Map.of()))
                .containsExactly("vn/chibo/x/Big.java has 301 lines, over 300: split it");
    }

    @Test
    void aListedClassThatGrowsFails() {
        assertThat(problems(Map.of("vn/chibo/x/Big.java", 401), Map.of("vn/chibo/x/Big.java", 400)))
                .containsExactly("vn/chibo/x/Big.java has 401 lines, more than the 400 listed: it may shrink, never grow");
    }

    @Test
    void aListedClassMayShrink() {
        assertThat(problems(Map.of("vn/chibo/x/Big.java", 350), Map.of("vn/chibo/x/Big.java", 400))).isEmpty();
    }

    @Test
    void aListedClassThatDropsToTheLimitMustLeaveTheList() {
        assertThat(problems(Map.of("vn/chibo/x/Big.java", LIMIT), Map.of("vn/chibo/x/Big.java", 400)))
                .containsExactly("vn/chibo/x/Big.java has 300 lines, within 300: remove it from ClassSizeTest.ALLOWED");
        assertThat(problems(Map.of(), Map.of("vn/chibo/x/Gone.java", 400)))
                .containsExactly("vn/chibo/x/Gone.java is gone: remove it from ClassSizeTest.ALLOWED");
    }

    @Test
    void theLinesAreCountedLikeWc() throws IOException {
        Path dir = Files.createTempDirectory("class-size");
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/Three.java"), "class Three {\n\n}\n");
        Files.writeString(dir.resolve("a/notes.txt"), "not java\n");
        assertThat(lineCounts(dir)).containsExactly(Map.entry("a/Three.java", 3));
    }

    /** What breaks the ratchet, one sentence per class, in path order. */
    static List<String> problems(Map<String, Integer> actual, Map<String, Integer> allowed) {
        List<String> problems = new ArrayList<>();
        new TreeMap<>(actual).forEach((path, lines) -> {
            Integer listed = allowed.get(path);
            if (listed == null && lines > LIMIT) {
                problems.add(path + " has " + lines + " lines, over " + LIMIT + ": split it");
            } else if (listed != null && lines > listed) {
                problems.add(path + " has " + lines + " lines, more than the " + listed + " listed: it may shrink, never grow");
            } else if (listed != null && lines <= LIMIT) {
                problems.add(path + " has " + lines + " lines, within " + LIMIT + ": remove it from ClassSizeTest.ALLOWED");
            }
        });
        new TreeMap<>(allowed).keySet().stream().filter(path -> !actual.containsKey(path))
                .forEach(path -> problems.add(path + " is gone: remove it from ClassSizeTest.ALLOWED"));
        return problems;
    }

    /** Lines of every Java source under the root, by path relative to it with '/' separators. */
    static Map<String, Integer> lineCounts(Path root) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                counts.put(root.relativize(file).toString().replace('\\', '/'), (int) text.chars().filter(c -> c == '\n').count());
            }
        }
        return counts;
    }
}
