package vn.chibo.todo;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.shared.security.ChiboUser;

/**
 * Published port through which a module tells what the account has to do about one fact it owns. Implementations
 * compute the items from their records each time (never store them), and return only what the account may act on.
 */
public interface TodoSource {

    List<TodoItem> itemsFor(ChiboUser user, LocalDate today);
}
