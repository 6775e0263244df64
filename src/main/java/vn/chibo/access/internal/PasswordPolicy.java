package vn.chibo.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.Role;
import vn.chibo.shared.web.BusinessRuleException;

/**
 * Rules for a new password: length by role (characters), at most 64 characters and 72 bytes of UTF-8 (what BCrypt
 * reads), not containing the username, not among the most common passwords, not the current one nor one of the
 * last few. Each broken rule is a {@link BusinessRuleException} with a message for the user.
 */
@Component
class PasswordPolicy {

    static final int MAX_CHARACTERS = 64;
    static final int MAX_BYTES = 72;
    private static final String COMMON_PASSWORDS = "security/common-passwords.txt";

    private final SecurityProperties.Password rules;
    private final PasswordEncoder encoder;
    private final Set<String> common;

    PasswordPolicy(SecurityProperties properties, PasswordEncoder encoder) {
        this.rules = properties.password();
        this.encoder = encoder;
        this.common = load();
    }

    /** Checks everything that needs no earlier hashes (also for a first password). */
    void check(String username, Role role, String password, String confirmation) {
        int minLength = rules.minLengthFor(role);
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new BusinessRuleException("newPassword", "password.error.tooShort", minLength);
        }
        if (password.codePointCount(0, password.length()) > MAX_CHARACTERS) {
            throw new BusinessRuleException("newPassword", "password.error.tooLong", MAX_CHARACTERS);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BusinessRuleException("newPassword", "password.error.tooManyBytes", MAX_BYTES);
        }
        String folded = fold(password);
        String name = username == null ? "" : fold(username);
        if (!name.isEmpty() && (folded.contains(name) || folded.contains(new StringBuilder(name).reverse()))) {
            throw new BusinessRuleException("newPassword", "password.error.containsUsername");
        }
        if (common.contains(folded)) {
            throw new BusinessRuleException("newPassword", "password.error.common");
        }
        if (!password.equals(confirmation)) {
            throw new BusinessRuleException("confirmation", "password.error.mismatch");
        }
    }

    /** Refuses the current password and the earlier ones kept in the history. */
    void checkNotReused(String password, String currentHash, List<String> earlierHashes) {
        if (currentHash != null && encoder.matches(password, currentHash)) {
            throw reused();
        }
        for (String hash : earlierHashes) {
            if (encoder.matches(password, hash)) {
                throw reused();
            }
        }
    }

    private BusinessRuleException reused() {
        return new BusinessRuleException("newPassword", "password.error.reused", rules.history());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(PasswordPolicy::fold)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(words);
    }
}
