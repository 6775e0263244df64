package vn.chibo.notification.internal;

import java.util.List;

/**
 * One notification to be given to some persons: its text as a message key with arguments (an argument starting with
 * {@code #} is itself a message key, resolved in the reader's language), the page it links to, and the key that
 * makes a second delivery of the same event harmless.
 */
record Notice(NotificationKind kind, String messageKey, List<String> args, String link, String eventKey) {

    static final String KEY_ARG = "#";
    /** Separates the stored arguments (the unit separator never occurs in cleaned user text). */
    static final String SEPARATOR = "\u001F";

    String joinedArgs() {
        return String.join(SEPARATOR, args.stream().map(a -> a == null ? "" : a).toList());
    }

    static List<String> splitArgs(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }
}
