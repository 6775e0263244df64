package vn.chibo.organization;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An organization and everything below it, named by the organization's materialized path
 * ({@code /1/11/14/}), or {@link #ALL} for the whole forest. The one way to scope by subtree: it
 * validates the path (digits and slashes only) and renders the prefix condition on a path column.
 * <p>
 * {@link #sql(String)} writes the validated path into the SQL as a literal so that PostgreSQL plans
 * each query for its real scope (an index range scan for a cell, a sequential scan for a region)
 * instead of a generic plan for an unknown pattern; {@link #likePattern()} is for bind parameters.
 */
public final class Subtree {

    private static final Pattern PATH = Pattern.compile("^/(\\d+/)+$");

    /** Every organization (an administrator's scope). */
    public static final Subtree ALL = new Subtree("/");

    private final String path;

    private Subtree(String path) {
        this.path = path;
    }

    /** The subtree under an organization path; anything but {@code /digits/.../} is refused. */
    public static Subtree of(String path) {
        if (!isPath(path)) {
            throw new IllegalArgumentException("Not an organization path: " + path);
        }
        return new Subtree(path);
    }

    /** The subtree under a path, or empty when the path is missing or malformed. */
    public static Optional<Subtree> parse(String path) {
        return isPath(path) ? Optional.of(new Subtree(path)) : Optional.empty();
    }

    /** {@link #ALL} for {@code "/"}, otherwise {@link #of(String)}. */
    public static Subtree ofPrefix(String prefix) {
        return "/".equals(prefix) ? ALL : of(prefix);
    }

    /** True for a well-formed organization path ({@code /1/11/}). */
    public static boolean isPath(String path) {
        return path != null && PATH.matcher(path).matches();
    }

    public String path() {
        return path;
    }

    public boolean isAll() {
        return this == ALL;
    }

    /** True when {@code otherPath} is the subtree's root or lies below it. */
    public boolean contains(String otherPath) {
        return otherPath != null && otherPath.startsWith(path);
    }

    /** The {@code LIKE} pattern for a bind parameter: the path followed by {@code %}. */
    public String likePattern() {
        return path + "%";
    }

    /** {@code column like '/1/11/%'} with the validated path as a literal (column names come from code, never input). */
    public String sql(String column) {
        return column + " like '" + path + "%'";
    }

    /** How many organizations the path names: 1 for a root ({@code /1/}), 2 for a root's direct sub-organization. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    /**
     * The same rows as {@link #sql(String)}, written as "the id at this subtree's depth in the path column is its own"
     * ({@code path_child_id(column, depth + 1) = id}; ids are unique, so only paths under this one carry it there): on
     * PostgreSQL an expression index on that depth can then be read in another column's order (V64: the people of a
     * root's direct sub-organization in name order). Not for the whole forest.
     */
    public String idSql(String column) {
        return "path_child_id(" + column + ", " + (depth() + 1) + ") = " + ownId();
    }

    /** The id of the subtree's own organization, the last in its path. Not for the whole forest. */
    public long ownId() {
        if (isAll()) {
            throw new IllegalStateException("The whole forest has no id");
        }
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }

    /**
     * SQL for the id of the direct sub-organization of this subtree that a path column lies under, {@code null} for the
     * subtree's own organization (the database function {@code path_child_id}, Flyway V62, on H2 {@link #childId}), so
     * that boards group per child in the database.
     */
    public String childIdSql(String column) {
        return "path_child_id(" + column + ", " + (path.chars().filter(c -> c == '/').count() + 1) + ")";
    }

    /**
     * SQL for the path of the direct sub-organization of this subtree that a path column lies under ({@code /1/11/14/}
     * under {@code /1/} gives {@code /1/11/}), this subtree's own path for its own organization; portable.
     */
    public String childPathSql(String column) {
        int length = path.length();
        return "substring(" + column + " from 1 for " + length + " + position('/' in substring(" + column + " from "
                + (length + 1) + ")))";
    }

    /**
     * H2's {@code path_child_id}: the id in segment {@code segment} of a path split on '/' (segment 1 is the empty
     * text before the first '/'), null when the path has no such segment. Called by the database.
     */
    public static Long childId(String path, int segment) {
        if (path == null) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < segment; i++) {
            start = path.indexOf('/', start) + 1;
            if (start == 0) {
                return null;
            }
        }
        int end = path.indexOf('/', start);
        String id = end < 0 ? path.substring(start) : path.substring(start, end);
        return id.isEmpty() ? null : Long.valueOf(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Subtree that && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
