package vn.chibo.shared.replica;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Read-only work (a board, a report) whose database reads may go to the read-only replica when one is configured
 * ({@code chibo.datasource.read-only.url}); otherwise they go to the primary like everything else. Only for work that
 * writes nothing and may show data a moment old: a replica lags its primary by up to a few seconds. Takes effect
 * when the work begins a transaction or, outside one, opens a connection; work called from inside a transaction
 * already running stays on that transaction's connection.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsFromReplica {
}
