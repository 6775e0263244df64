package vn.chibo.shared.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk loads through PostgreSQL's {@code COPY … FROM STDIN} (text format) on the connection of the current
 * transaction, so that the rows commit or roll back with everything else. About twice as fast as a rewritten JDBC
 * batch for tens of thousands of rows ({@code docs/benchmarks.md}). PostgreSQL only: callers keep a batch insert for
 * other databases ({@link #supported}).
 */
public final class CopyRows {

    /** Rows sent to the server per write (a few hundred kilobytes). */
    private static final int FLUSH_EVERY = 2_000;

    private CopyRows() {
    }

    /** Whether the template's database takes {@code COPY FROM STDIN} (PostgreSQL). */
    public static boolean supported(JdbcTemplate jdbc) {
        return Databases.isPostgres(jdbc);
    }

    /** Writes one row's values, in the order of the columns given to {@link #copy}. */
    public interface RowWriter {
        void write(int index, Line line);
    }

    /**
     * Copies {@code count} rows into {@code table}'s {@code columns} (the others take their defaults, e.g. an
     * identity); returns the number of rows the server took.
     */
    public static long copy(JdbcTemplate jdbc, String table, List<String> columns, int count, RowWriter rows) {
        String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> copy(connection, sql, count, rows));
        return copied == null ? 0 : copied;
    }

    private static long copy(Connection connection, String sql, int count, RowWriter rows) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            Line line = new Line();
            for (int i = 0; i < count; i++) {
                rows.write(i, line);
                line.end();
                if ((i + 1) % FLUSH_EVERY == 0 || i == count - 1) {
                    byte[] bytes = line.text.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    line.text.setLength(0);
                }
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One row in COPY's text format: values separated by tabs, {@code \N} for null, backslash escapes. */
    public static final class Line {
        private final StringBuilder text = new StringBuilder(1 << 16);
        private boolean first = true;

        public Line text(String value) {
            separate();
            if (value == null) {
                text.append("\\N");
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
            return this;
        }

        public Line number(long value) {
            separate();
            text.append(value);
            return this;
        }

        public Line date(LocalDate value) {
            separate();
            text.append(value == null ? "\\N" : value.toString());
            return this;
        }

        public Line timestamp(OffsetDateTime value) {
            separate();
            text.append(value == null ? "\\N" : value.toString());
            return this;
        }

        private void separate() {
            if (!first) {
                text.append('\t');
            }
            first = false;
        }

        private void end() {
            text.append('\n');
            first = true;
        }
    }
}
