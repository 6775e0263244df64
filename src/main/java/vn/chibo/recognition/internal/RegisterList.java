package vn.chibo.recognition.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.chibo.shared.security.ChiboUser;

/**
 * One register as {@link RegisterQuery} lists it: its table (aliased {@code r}, joined to {@code organization o}), the
 * columns of a row, and the conditions its own filter fields add to the ones every register shares (scope, words of the
 * search key, kind of subject, years of the date column). Awards, discipline ({@link RegisterQuery.Register}) and good
 * examples ({@link GoodExampleRegister}) are its three registers.
 *
 * @param <F> the register's filter
 * @param <R> one line of the list
 */
public interface RegisterList<F extends RegisterList.Filter, R> {

    /** The filter fields every register has. */
    interface Filter {

        /** Accent-insensitive words of the search key. */
        String q();

        /** Persons or organizations only ({@code null}: both). */
        SubjectType kind();

        /** Dated in this year or later ({@code null}: any). */
        Integer fromYear();

        /** Dated in this year or earlier ({@code null}: any). */
        Integer toYear();

        /** The organization whose subtree to list ({@code null}: the account's scope). */
        Long orgId();

        int page();
    }

    String table();

    String kindColumn();

    /** The date the list is ordered by (newest first) and the years filter apply to. */
    String dateColumn();

    /** {@code select … from <table> r join organization o on o.id = r.organization_id}, without conditions. */
    String select();

    R row(ResultSet rs) throws SQLException;

    /** Adds the conditions of the register's own filter fields. */
    void narrow(F filter, RegisterConditions where);

    /** The rows the account may see; {@code path}: the subtree asked for, or {@code null} for the whole scope. */
    default String scope(ChiboUser user, String path) {
        return Subjects.scopeCondition(user, "r", path);
    }

    /** Whether rows carry a decision (number and date) that several rows may share, counted apart. */
    default boolean countsDecisions() {
        return false;
    }
}
