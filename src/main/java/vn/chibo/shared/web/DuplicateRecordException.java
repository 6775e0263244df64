package vn.chibo.shared.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A create (or change) that would make a second record where the domain allows one: a second award of one decision
 * to one recipient, a second regular meeting in a month... Answered 409 with the same message whether the service's
 * own check saw the first record or, when two requests raced past that check, the database's unique constraint did.
 */
public class DuplicateRecordException extends BusinessRuleException {

    /** SQL state of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    public DuplicateRecordException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    /**
     * Runs a write whose uniqueness {@code constraint} guards; its violation becomes {@code duplicate}. Call it
     * inside the transaction, on a write that reaches the database at once (a JDBC statement, an identity insert or
     * {@code saveAndFlush}), so the violation surfaces here and not at commit.
     */
    public static <T> T guard(String constraint, Supplier<T> write, Supplier<DuplicateRecordException> duplicate) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, constraint)) {
                throw duplicate.get();
            }
            throw e;
        }
    }

    static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
