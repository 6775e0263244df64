package vn.chibo.importing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chibo.shared.text.VietnameseText;

/**
 * The spellings an import accepts for a value or a header: its Vietnamese and English labels (from the messages),
 * its code, and further aliases, each compared by search key (accents, case and spacing optional).
 */
@Component
class Spellings {

    static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    Spellings(MessageSource messages) {
        this.messages = messages;
    }

    String vi(String key) {
        return messages.getMessage(key, null, key, VI);
    }

    <E extends Enum<E>> Map<String, E> of(Class<E> type, String prefix, Map<String, E> aliases) {
        Map<String, E> spellings = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            String key = prefix + value.name();
            spellings.put(VietnameseText.searchKey(value.name()), value);
            spellings.put(VietnameseText.searchKey(value.name().replace('_', ' ')), value);
            spellings.put(VietnameseText.searchKey(messages.getMessage(key, null, value.name(), Locale.ENGLISH)), value);
            spellings.put(VietnameseText.searchKey(vi(key)), value);
        }
        aliases.forEach((alias, value) -> spellings.put(VietnameseText.searchKey(alias), value));
        return spellings;
    }

    /** Like {@link #of} for values a module names by code (its enum stays inside the module): code → itself. */
    Map<String, String> ofCodes(List<String> codes, String prefix, Map<String, String> aliases) {
        Map<String, String> spellings = new HashMap<>();
        for (String code : codes) {
            spellings.put(VietnameseText.searchKey(code), code);
            spellings.put(VietnameseText.searchKey(code.replace('_', ' ')), code);
            spellings.put(VietnameseText.searchKey(messages.getMessage(prefix + code, null, code, Locale.ENGLISH)), code);
            spellings.put(VietnameseText.searchKey(vi(prefix + code)), code);
        }
        aliases.forEach((alias, code) -> spellings.put(VietnameseText.searchKey(alias), code));
        return spellings;
    }

    /** The message keys of codes, for a column's allowed values. */
    static List<String> keys(List<String> codes, String prefix) {
        return codes.stream().map(code -> prefix + code).toList();
    }

    <E extends Enum<E>> List<String> shown(Class<E> type, String prefix) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(v -> vi(prefix + v.name())).toList();
    }

    /** Accepted header spellings → column: the Vietnamese and English header, and the column's aliases. */
    Map<String, Column> headers(List<Column> columns) {
        Map<String, Column> headers = new HashMap<>();
        for (Column column : columns) {
            headers.put(VietnameseText.searchKey(vi(column.headerKey())), column);
            headers.put(VietnameseText.searchKey(messages.getMessage(column.headerKey(), null, column.key(), Locale.ENGLISH)), column);
            column.aliases().forEach(alias -> headers.put(VietnameseText.searchKey(alias), column));
        }
        return headers;
    }
}
