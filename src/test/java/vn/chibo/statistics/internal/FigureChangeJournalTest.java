package vn.chibo.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.statistics.FigureSource;
import vn.chibo.support.IntegrationTest;

/**
 * The figure change journal names what changed (Flyway V55, V58): every journaled table's trigger writes the table's
 * name, and every figure source names each journaled table it reads, so that a kept answer is brought up to date by
 * counting anew the sources of the changed tables only ({@link ReviewAnswerUpdateTest}).
 */
@IntegrationTest
@Transactional
class FigureChangeJournalTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<FigureSource> sources;

    /**
     * Every journaled table's trigger writes its own name (H2 makes a table again when its columns change, and a Java
     * trigger left from before wrote its changes without a name: every source was then counted anew, V57).
     */
    @Test
    void everyJournaledTableNamesItselfInTheJournal() {
        List<String> tables = jdbc.sql("select distinct lower(event_object_table) from information_schema.triggers"
                + " where lower(trigger_name) like 'figure_change%' order by 1").query(String.class).list();
        assertThat(tables).contains("meeting", "mentoring_assignment", "mentoring_review", "award_record", "person");
        for (String table : tables) {
            Long row = jdbc.sql("select min(id) from " + table).query(Long.class).list().get(0);
            if (row == null) {
                continue;
            }
            long before = jdbc.sql("select coalesce(max(id), 0) from figure_change").query(Long.class).single();
            jdbc.sql("update " + table + " set " + changeThatCounts(table) + " where id = :id").param("id", row).update();
            List<String> named = jdbc.sql("select coalesce(source_table, '(none)') from figure_change where id > :before")
                    .param("before", before).query(String.class).list();
            assertThat(named).as(table).isNotEmpty().allMatch(name -> name.equals(table) || name.startsWith(table + ":"));
        }
    }

    /**
     * An update of a row of the table that the journal records: any update, or for a table journaled only when a
     * watched column changes (V68), one of its dates moved by a day.
     */
    static String changeThatCounts(String table) {
        String date = Map.of("person", "left_on", "organization", "valid_to").get(table);
        return date == null ? "id = id" : date + " = cast(coalesce(" + date + ", date '2000-01-01') + interval '1' day as date)";
    }

    /** The labels the journal's triggers write for the rows of a table named apart (V58, on both databases). */
    static final java.util.Set<String> LABELLED = java.util.Set.of("mentoring_assignment:awards",
            "mentoring_assignment:admissions");

    @Test
    void everySourceNamesEveryJournaledTableItsQueriesRead() throws java.io.IOException {
        java.util.regex.Pattern table = java.util.regex.Pattern.compile("(?:from|join)\\s+([a-z_]+)");
        for (FigureSource source : sources) {
            Class<?> type = org.springframework.util.ClassUtils.getUserClass(source);
            String code = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java",
                    type.getName().replace('.', '/') + ".java"));
            java.util.regex.Matcher m = table.matcher(code);
            java.util.Set<String> read = new java.util.TreeSet<>();
            while (m.find()) {
                String name = m.group(1);
                if (jdbc.sql("select count(*) from information_schema.triggers where lower(event_object_table) = :t"
                        + " and lower(trigger_name) like 'figure_change%'").param("t", name).query(Long.class).single() > 0) {
                    read.add(name);
                }
            }
            assertThat(read).as(type.getSimpleName() + " reads").isNotEmpty();
            for (String name : read) {
                assertThat(source.tables()).as(type.getSimpleName() + " names the tables it reads, or the rows of one the"
                        + " journal names apart").anyMatch(t -> t.equals(name) || t.startsWith(name + ":")
                        && LABELLED.contains(t));
            }
        }
    }
}
