package vn.chibo.importing.internal;

import java.util.List;

/** One kind of import file: its columns and how its rows are checked against the owning module's rules. */
interface KindImport {

    ImportKind kind();

    /** Message key of the data sheet's name in the template. */
    String sheetKey();

    List<Column> columns();

    /** An example row for the template, by column key. */
    java.util.Map<String, String> example();

    /** Checks every row (nothing is written) and plans the changes; problems go to {@code issues}. */
    Plan check(SheetReader.ReadSheet sheet, Values values, Issues issues);

    /**
     * The rows as read and checked on their own (values, spellings, organizations by name: nothing that a change in
     * the records can alter), for kinds whose commit re-plans them instead of reading the file again; null for kinds
     * whose commit re-checks the whole file.
     */
    default KeptRows read(SheetReader.ReadSheet sheet, Values values, Issues issues) {
        return null;
    }

    /**
     * Compares rows {@link #read} with the records as they are now and plans the changes. {@code atCommit}: the rows
     * were checked by the preview, so checks that depend on the row's values alone need not run again.
     */
    default Plan plan(KeptRows rows, Issues issues, boolean atCommit) {
        throw new UnsupportedOperationException(kind().name());
    }

    /** Rows read by {@link #read}: how many the sheet had and the kind's own record of each row kept. */
    record KeptRows(int total, List<?> rows) {
    }

    /** After a large commit: lets the owning module refresh its tables' planner statistics. */
    default void refreshStatistics() {
    }
}
