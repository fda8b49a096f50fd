package org.kuzet.web;

import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/** Base of the page tests: the running application, and browsers signed in as a fresh user of a role. */
abstract class WebIntegrationTest extends ApiIntegrationTest {

    /** A session of a new user with {@code role}, signed in through the sign-in form. */
    protected WebSession signedIn(Role role) {
        String name = unique(role.code()).toLowerCase();
        users.create(name, role, PASSWORD, false);
        return WebSession.signedIn(port, name, PASSWORD);
    }
}
