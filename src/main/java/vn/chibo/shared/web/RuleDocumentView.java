package vn.chibo.shared.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A rule document's settings as a readable table rather than raw JSON: each setting under its
 * Vietnamese name ({@code rules.<key>} in the message bundles, e.g. 'Tuổi tối thiểu (tháng)') with its
 * value the Vietnamese way (1.234, dd/MM/yyyy dates, codes by their names from {@code rules.value.<code>}).
 * Pages call it as {@code @ruleView.rows(json)}; the JSON itself stays available to power users.
 */
@Component("ruleView")
public class RuleDocumentView {

    /** One setting: its name and its value as shown. */
    public record Row(String label, String value) {
    }

    private final ObjectMapper json;
    private final MessageSource messages;
    private final Formats formats;

    RuleDocumentView(ObjectMapper json, MessageSource messages, Formats formats) {
        this.json = json;
        this.messages = messages;
        this.formats = formats;
    }

    public List<Row> rows(String document) {
        if (document == null || document.isBlank()) {
            return List.of();
        }
        JsonNode root = json.readTree(document);
        JsonNode settings = root.has("definition") && root.get("definition").isObject() ? root.get("definition") : root;
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> setting : settings.properties()) {
            rows.add(new Row(text("rules." + setting.getKey(), setting.getKey()), value(setting.getValue())));
        }
        return rows;
    }

    private String value(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(item -> parts.add(value(item)));
            return String.join(", ", parts);
        }
        if (node.isBoolean()) {
            return text("value." + node.asBoolean(), node.asString());
        }
        if (node.isIntegralNumber()) {
            return formats.number(node.asLong());
        }
        if (node.isNumber()) {
            return formats.decimal(node.decimalValue());
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                parts.add(text("rules." + entry.getKey(), entry.getKey()) + ": " + value(entry.getValue()));
            }
            return String.join("; ", parts);
        }
        String text = node.asString();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return formats.date(LocalDate.parse(text));
        }
        return text("rules.value." + text, text);
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
