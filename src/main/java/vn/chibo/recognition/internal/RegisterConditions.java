package vn.chibo.recognition.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.shared.text.VietnameseText;

/** The where clause of a register list and its named parameters. */
public final class RegisterConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    RegisterConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} that uses {@code :name}, bound to {@code value}. */
    RegisterConditions add(String condition, String name, Object value) {
        params.put(name, value);
        return add(condition);
    }

    /** Every word of {@code text} (accent-insensitive) must occur in {@code column}; {@code name} prefixes the parameters. */
    RegisterConditions words(String column, String text, String name) {
        String key = VietnameseText.searchKey(text);
        int i = 0;
        for (String token : key.isEmpty() ? new String[0] : key.split(" ")) {
            add(column + " like :" + name + i, name + i, "%" + token.replace("%", "").replace("_", "") + "%");
            i++;
        }
        return this;
    }

    /** Dated from the first day of {@code fromYear} to the last of {@code toYear} ({@code null}: open). */
    RegisterConditions years(String column, Integer fromYear, Integer toYear) {
        if (fromYear != null) {
            add(column + " >= :from", "from", LocalDate.of(fromYear, 1, 1));
        }
        if (toYear != null) {
            add(column + " <= :to", "to", LocalDate.of(toYear, 12, 31));
        }
        return this;
    }

    String sql() {
        return " where " + String.join(" and ", conditions);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        JdbcClient.StatementSpec bound = spec;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            bound = bound.param(e.getKey(), e.getValue());
        }
        return bound;
    }
}
