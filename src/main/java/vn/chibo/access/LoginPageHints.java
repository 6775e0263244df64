package vn.chibo.access;

import java.util.List;

/** Extra information for the login page, provided by other modules (the demo lists its accounts). */
public interface LoginPageHints {

    /** Demo accounts to list on the login page; empty outside the demo. */
    List<DemoAccount> demoAccounts();

    /** @param roleKey message key describing the account (e.g. 'demo.account.admin') */
    record DemoAccount(String username, String password, String roleKey) {
    }
}
