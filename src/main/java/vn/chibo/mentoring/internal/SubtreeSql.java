package vn.chibo.mentoring.internal;

import java.util.regex.Pattern;

/** Subtree conditions with a literal, validated path prefix (so that prefix LIKE uses the index). */
final class SubtreeSql {

    private static final Pattern SAFE_PATH = Pattern.compile("^/(\\d+/)+$");

    private SubtreeSql() {
    }

    static String under(String column, String path) {
        if (path == null) {
            return "1 = 1";
        }
        if (!SAFE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not an organization path: " + path);
        }
        return column + " like '" + path + "%'";
    }
}
