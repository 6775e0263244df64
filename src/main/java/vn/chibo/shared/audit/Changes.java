package vn.chibo.shared.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Field-by-field difference of two snapshots, for audit records. */
public final class Changes {

    private Changes() {
    }

    public static Map<String, Object[]> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : after.entrySet()) {
            Object old = before.get(entry.getKey());
            if (!Objects.equals(old, entry.getValue())) {
                changes.put(entry.getKey(), new Object[] {old, entry.getValue()});
            }
        }
        return changes;
    }

    public static Map<String, Object[]> created(Map<String, ?> after) {
        return between(Map.of(), after);
    }
}
