package vn.chibo.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs the test's thread out after every test method ({@link SecurityContextHolder#clearContext()}), so that a user
 * signed in by one test ({@code demo.signIn(…)}) is never left over for the next. Registered by {@link IntegrationTest}
 * and {@link PostgresIntegrationTest}; it runs after the class's own {@code @AfterEach} methods and before Spring rolls
 * back the test's transaction.
 */
public class SignOutAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
