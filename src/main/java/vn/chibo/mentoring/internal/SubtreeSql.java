package vn.chibo.mentoring.internal;

import vn.chibo.organization.Subtree;

/** Subtree conditions with a literal, validated path prefix (so that prefix LIKE uses the index). */
final class SubtreeSql {

    private SubtreeSql() {
    }

    static String under(String column, String path) {
        if (path == null) {
            return "1 = 1";
        }
        return Subtree.of(path).sql(column);
    }
}
