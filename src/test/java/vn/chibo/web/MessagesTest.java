package vn.chibo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.organization.OrganizationCategory;
import vn.chibo.organization.OrganizationStatus;
import vn.chibo.organization.OrganizationType;
import vn.chibo.people.Gender;
import vn.chibo.people.PartyPosition;
import vn.chibo.people.PartyStatus;
import vn.chibo.shared.security.Role;

/** Vietnamese and English texts stay in sync, and pages show no text that is not in them. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Set<String> UNTRANSLATED = Set.of("Tiếng Việt", "English");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        vi.forEach((key, value) -> assertThat(value.toString()).as("vi " + key).isNotBlank());
        en.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties vi = load("messages_vi.properties");
        List<String> missing = new ArrayList<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]+)[}(]");
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher m = templateKey.matcher(Files.readString(template));
            while (m.find()) {
                if (!vi.containsKey(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        Pattern codeKey = Pattern.compile("\"((?:organization|person|account|password|validation|error|login|demo)\\.[a-zA-Z]+(?:\\.[a-zA-Z]+)*)\"");
        for (Path source : files(SOURCES, ".java")) {
            Matcher m = codeKey.matcher(Files.readString(source));
            while (m.find()) {
                if (!vi.containsKey(m.group(1)) && !m.group(1).startsWith("organization.type.")) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        Pattern validationKey = Pattern.compile("message = \"\\{([\\w.]+)}\"");
        for (Path source : files(SOURCES, ".java")) {
            Matcher m = validationKey.matcher(Files.readString(source));
            while (m.find()) {
                if (!vi.containsKey(m.group(1))) {
                    missing.add(source.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToUsersHasATextForEachValue() throws IOException {
        Properties vi = load("messages_vi.properties");
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
        Stream.of(PartyStatus.values()).forEach(v -> keys.add("partyStatus." + v));
        Stream.of(PartyStatus.values()).forEach(v -> keys.add("person.filter.status." + v));
        Stream.of(PartyPosition.values()).forEach(v -> keys.add("position." + v));
        Stream.of(Gender.values()).forEach(v -> keys.add("gender." + v));
        Stream.of(OrganizationType.values()).forEach(v -> keys.add("organization.type." + v));
        Stream.of(OrganizationCategory.values()).forEach(v -> keys.add("organization.category." + v));
        Stream.of(OrganizationStatus.values()).forEach(v -> keys.add("organization.status." + v));
        assertThat(keys).allMatch(vi::containsKey, "has a message");
    }

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        Pattern textAfterOpeningTag = Pattern.compile("<(\\w+)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]*)");
        Pattern textAfterClosingTag = Pattern.compile("</\\w+>([^<]*)");
        Pattern words = Pattern.compile("\\p{L}{2,}");
        List<String> hardCoded = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher m = textAfterOpeningTag.matcher(html);
            while (m.find()) {
                String attributes = m.group(2);
                String text = m.group(3).strip();
                boolean replaced = attributes.matches("(?s).*th:(text|utext|errors|replace|insert)=.*");
                if (!replaced && words.matcher(text).find() && !UNTRANSLATED.contains(text)
                        && !m.group(1).equals("title") && !m.group(1).equals("code")) {
                    hardCoded.add(template.getFileName() + ": " + text);
                }
            }
            Matcher after = textAfterClosingTag.matcher(html);
            while (after.find()) {
                String text = after.group(1).strip();
                if (words.matcher(text).find() && !UNTRANSLATED.contains(text)) {
                    hardCoded.add(template.getFileName() + ": " + text);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
