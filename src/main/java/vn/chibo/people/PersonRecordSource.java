package vn.chibo.people;

import java.util.List;
import java.util.Optional;

/**
 * A part of a person's Party life that another module records (classification by year, emulation
 * results, awards and discipline, meetings, mentoring, development, inspections). Each owning module
 * implements it in its {@code internal} package from its own records; the person page shows every
 * section in {@link #order()}. Sources see only what the signed-in account may see in their module.
 */
public interface PersonRecordSource {

    /** Where the section sits on the person page, lower first. */
    int order();

    /** This module's section about the person, or empty when the module has nothing to say of him. */
    Optional<Section> section(PersonRef person);

    /**
     * A titled table: {@code titleKey} and {@code headerKeys} are message keys; the cells are already
     * in the reader's language and formats (dd/MM/yyyy, 1.234); a row may link to the record it shows.
     */
    record Section(String titleKey, List<String> headerKeys, List<Row> rows) {
    }

    record Row(List<String> cells, String link) {

        public static Row of(String link, String... cells) {
            return new Row(List.of(cells), link);
        }
    }
}
