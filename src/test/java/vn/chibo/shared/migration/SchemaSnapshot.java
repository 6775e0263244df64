package vn.chibo.shared.migration;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database's schema and contents as sorted lines of text, to compare two databases: tables and columns with types,
 * lengths, nullability, defaults and collations; indexes with their columns (PostgreSQL: their whole definition, so
 * partial, INCLUDE and GIN indexes count); constraints; on PostgreSQL also triggers, functions and extensions.
 */
final class SchemaSnapshot {

    private static final String HISTORY = "flyway_schema_history";

    private SchemaSnapshot() {
    }

    static List<String> schema(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        boolean postgres = MigrationPlaceholders.POSTGRESQL.equals(ChiboMigrations.vendorOf(dataSource));
        List<String> lines = new ArrayList<>();
        lines.addAll(lines(jdbc, "column ", "select table_name, column_name, ordinal_position, data_type,"
                + " character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default, collation_name,"
                + " is_generated, generation_expression from information_schema.columns where table_schema = current_schema"));
        if (postgres) {
            lines.addAll(lines(jdbc, "index ", "select tablename, indexname, indexdef from pg_indexes where schemaname = current_schema"));
            lines.addAll(lines(jdbc, "constraint ", "select conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)"
                    + " from pg_constraint where connamespace = (select oid from pg_namespace where nspname = current_schema)"));
            lines.addAll(lines(jdbc, "trigger ", "select event_object_table, trigger_name, event_manipulation, action_timing,"
                    + " action_statement from information_schema.triggers where trigger_schema = current_schema"));
            lines.addAll(lines(jdbc, "function ", "select proname, pg_get_function_identity_arguments(oid), md5(prosrc)"
                    + " from pg_proc where pronamespace = (select oid from pg_namespace where nspname = current_schema)"));
            lines.addAll(lines(jdbc, "extension ", "select extname, extversion from pg_extension"));
        } else {
            lines.addAll(lines(jdbc, "index ", "select i.table_name, i.index_name, i.index_type_name, c.column_name,"
                    + " c.ordinal_position, c.ordering_specification from information_schema.indexes i"
                    + " join information_schema.index_columns c on c.index_schema = i.index_schema and c.index_name = i.index_name"
                    + " where i.table_schema = current_schema"));
            lines.addAll(lines(jdbc, "constraint ", "select t.table_name, t.constraint_name, t.constraint_type, k.column_name,"
                    + " k.ordinal_position, ch.check_clause from information_schema.table_constraints t"
                    + " left join information_schema.key_column_usage k on k.constraint_schema = t.constraint_schema"
                    + " and k.constraint_name = t.constraint_name"
                    + " left join information_schema.check_constraints ch on ch.constraint_schema = t.constraint_schema"
                    + " and ch.constraint_name = t.constraint_name where t.table_schema = current_schema"));
        }
        return lines.stream().map(line -> postgres ? line : withoutGeneratedNames(line)).sorted().toList();
    }

    /**
     * H2 names the indexes and constraints it makes itself by counters of the whole database (CONSTRAINT_2D8_INDEX_7,
     * PRIMARY_KEY_75): the same schema reached by another history gets other numbers, so they are not compared.
     */
    static String withoutGeneratedNames(String line) {
        return line.replaceAll("\\b(CONSTRAINT|PRIMARY_KEY|FK)_[0-9A-F]+", "$1_#").replaceAll("_INDEX_[0-9A-F]+\\b", "_INDEX_#");
    }

    /** Every table's rows (but the schema history's), each as one line, bytes in hex, sorted. */
    static Map<String, List<String>> contents(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema"
                + " and table_type = 'BASE TABLE' order by table_name", String.class)) {
            if (!table.equals(HISTORY)) {
                tables.put(table, lines(jdbc, "", "select * from \"" + table + "\""));
            }
        }
        return tables;
    }

    private static List<String> lines(JdbcTemplate jdbc, String prefix, String sql) {
        return jdbc.query(sql, (row, n) -> {
            List<String> values = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                Object value = row.getObject(column);
                values.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
            }
            return prefix + String.join(" | ", values);
        }).stream().sorted().collect(Collectors.toList());
    }
}
