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

    /** After a large commit: lets the owning module refresh its tables' planner statistics. */
    default void refreshStatistics() {
    }
}
