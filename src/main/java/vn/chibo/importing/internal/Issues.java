package vn.chibo.importing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Errors and warnings of one preview, in the order found; at most {@value #MAX_KEPT} of each are kept, all are counted. */
final class Issues {

    static final int MAX_KEPT = 5_000;

    enum Severity { ERROR, WARNING }

    /** One finding; {@code row} and {@code column} are null when it concerns the whole file or sheet. */
    record Issue(Severity severity, String sheet, Integer row, String column, String messageKey, List<String> arguments) {
    }

    private final List<Issue> kept = new ArrayList<>();
    private final java.util.Set<Integer> errorRows = new java.util.HashSet<>();
    private int errors;
    private int warnings;
    private String sheet;

    void sheet(String name) {
        this.sheet = name;
    }

    String sheet() {
        return sheet;
    }

    void error(Integer row, String column, String messageKey, Object... arguments) {
        errors++;
        if (row != null) {
            errorRows.add(row);
        }
        keep(Severity.ERROR, errors, row, column, messageKey, arguments);
    }

    void warning(Integer row, String column, String messageKey, Object... arguments) {
        warnings++;
        keep(Severity.WARNING, warnings, row, column, messageKey, arguments);
    }

    private void keep(Severity severity, int count, Integer row, String column, String messageKey, Object... arguments) {
        if (count <= MAX_KEPT) {
            kept.add(new Issue(severity, sheet, row, column, messageKey,
                    Arrays.stream(arguments).map(a -> a == null ? "" : String.valueOf(a)).toList()));
        }
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** True when this row already has an error (later checks of the row are skipped). */
    boolean rowHasError(int row) {
        return errorRows.contains(row);
    }

    /** A copy to go on from: what a preview found while reading, before its rows were compared with the records. */
    Issues copy() {
        Issues copy = new Issues();
        copy.kept.addAll(kept);
        copy.errorRows.addAll(errorRows);
        copy.errors = errors;
        copy.warnings = warnings;
        copy.sheet = sheet;
        return copy;
    }

    /** In the order of the file: whole-file findings first, then by row (stable within a row). */
    List<Issue> kept() {
        return kept.stream().sorted(java.util.Comparator.comparing(Issue::row,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList();
    }
}
