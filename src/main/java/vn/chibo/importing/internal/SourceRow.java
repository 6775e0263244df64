package vn.chibo.importing.internal;

import java.util.Map;

/** A data row as read: the spreadsheet's own row number (1 = the first row) and the cleaned text by column key. */
record SourceRow(int number, Map<String, String> values) {

    String get(String key) {
        return values.get(key);
    }
}
