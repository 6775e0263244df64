package vn.chibo.access.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chibo.shared.security.Role;

/**
 * Production first start: when no administrator exists, creates one from
 * {@code CHIBO_SECURITY_ADMIN_USERNAME}/{@code CHIBO_SECURITY_ADMIN_PASSWORD}, or with a random
 * password printed once to the log. There is never a default password.
 */
@Component
@ConditionalOnProperty(name = "chibo.demo.enabled", havingValue = "false", matchIfMissing = true)
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final AccountService service;
    private final SecurityProperties properties;

    FirstAdministrator(AccountRepository accounts, AccountService service, SecurityProperties properties) {
        this.accounts = accounts;
        this.service = service;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfMissing() {
        if (accounts.countByRole(Role.ADMIN) > 0) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        } else {
            service.checkNewPassword(properties.adminUsername(), Role.ADMIN, password);
        }
        service.create(properties.adminUsername(), password, Role.ADMIN, null, null);
        if (generated) {
            log.warn("""

                    ==================================================================
                     ChiBo: first administrator created.
                       username: {}
                       password: {}
                     This password is shown only once. Sign in and change it now.
                    ==================================================================""",
                    properties.adminUsername(), password);
        } else {
            log.info("ChiBo: first administrator '{}' created from configuration", properties.adminUsername());
        }
    }
}
