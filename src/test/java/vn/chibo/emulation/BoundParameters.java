package vn.chibo.emulation;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hibernate sees every JPA statement here: while recording, keeps those of the current thread to count their bind parameters. */
public class BoundParameters implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();

    static void record() {
        RECORDED.set(new ArrayList<>());
    }

    static List<String> stop() {
        List<String> statements = RECORDED.get();
        RECORDED.remove();
        return statements == null ? List.of() : statements;
    }

    static int count(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    @Override
    public String inspect(String sql) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            statements.add(sql);
        }
        return sql;
    }
}
