package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;

/**
 * A monitor whose laptop was seized changes their password from another device: whoever holds the laptop's open
 * session is signed out at once, while the device the change was made on stays signed in.
 */
class PasswordChangeSignsOutElsewhereIntegrationTest extends ApiIntegrationTest {

    @Test
    void changingThePasswordSignsTheUserOutOfEveryOtherSession() {
        String name = unique("gulnar").toLowerCase();
        users.create(name, Role.EDITOR, PASSWORD, false);
        WebSession seizedLaptop = WebSession.signedIn(port, name, PASSWORD);
        WebSession phone = WebSession.signedIn(port, name, PASSWORD);
        assertThat(seizedLaptop.get("/incidents").statusCode()).as("signed in on the laptop").isEqualTo(200);

        var changed = phone.submit("/account/password", "/account/password", "currentPassword", PASSWORD,
                "newPassword", "Жаңа құпия сөз Taraz 2026!");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).contains("signed out");
        var onTheLaptop = seizedLaptop.get("/incidents");
        assertThat(onTheLaptop.statusCode()).as("the laptop's session is gone").isEqualTo(302);
        assertThat(onTheLaptop.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(phone.get("/incidents").statusCode()).as("the phone stays signed in").isEqualTo(200);
        assertThat(WebSession.signedIn(port, name, "Жаңа құпия сөз Taraz 2026!").get("/incidents").statusCode()).isEqualTo(200);
    }
}
