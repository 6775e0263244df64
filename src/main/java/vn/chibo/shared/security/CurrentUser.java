package vn.chibo.shared.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in {@link ChiboUser}; services call it to scope every read and write. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static ChiboUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in ChiBo user"));
    }

    public static Optional<ChiboUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ChiboUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Username for audit records: the signed-in user, or 'system' for start-up and demo work. */
    public static String actorName() {
        return find().map(ChiboUser::getUsername).orElse("system");
    }
}
