package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of Kuzet on one database, as behind a proxy that sends each request to either: the test's own
 * application and a second one started here on the same database, data folder and keyset. Sessions, lockouts and
 * the address throttle live in the database, so what happens on one holds on the other.
 */
class SeveralInstancesIntegrationTest extends ApiIntegrationTest {

    private static ConfigurableApplicationContext second;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient db;

    private int secondPort;

    @BeforeEach
    void startTheSecondInstance() {
        if (second == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("server.port", 0);
            for (String key : List.of("kuzet.data-dir", "kuzet.db.url", "kuzet.db.user", "kuzet.db.password")) {
                String value = environment.getProperty(key);
                if (value != null) {
                    properties.put(key, value);
                }
            }
            second = new SpringApplicationBuilder(KuzetApplication.class).properties(properties).run();
        }
        secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
        assertThat(secondPort).isNotEqualTo(port);
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aUserSignedInOnOneInstanceContinuesOnTheOtherWithTheSameCookie() throws Exception {
        String name = account(Role.VIEWER);
        Browser first = new Browser(port);
        Browser other = first.at(secondPort);

        assertThat(Browser.location(first.signIn(name, PASSWORD))).endsWith("/");

        var page = other.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Signed in as " + name);
    }

    @Test
    void theSessionKeptInTheDatabaseHoldsNoPassword() throws Exception {
        String name = account(Role.VIEWER);
        Browser browser = new Browser(port);
        browser.signIn(name, PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        List<byte[]> attributes = db.sql("""
                        select a.attribute_bytes from spring_session s join spring_session_attributes a
                        on a.session_primary_id = s.primary_id where s.principal_name = ?""")
                .param(name).query((rs, n) -> rs.getBytes(1)).list();

        assertThat(attributes).isNotEmpty();
        byte[] password = PASSWORD.getBytes(StandardCharsets.UTF_8);
        String hash = users.passwordHash(name).orElseThrow();
        for (byte[] bytes : attributes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain(new String(password, StandardCharsets.ISO_8859_1)).doesNotContain(hash);
        }
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnBoth() throws Exception {
        String name = account(Role.VIEWER);
        Browser first = new Browser(port);
        Browser other = first.at(secondPort);
        first.signIn(name, PASSWORD);
        assertThat(other.get("/").statusCode()).isEqualTo(200);

        // the CSRF token is the session's: the form of one instance's page is accepted by the other
        var signOut = other.post("/logout", "_csrf", Browser.csrf(first.get("/").body()));

        assertThat(Browser.location(signOut)).endsWith("/login?logout");
        assertThat(Browser.location(first.get("/"))).endsWith("/login");
        assertThat(Browser.location(other.get("/"))).endsWith("/login");
    }

    @Test
    void aLockoutOnOneInstanceHoldsOnTheOther() throws Exception {
        String name = account(Role.VIEWER);
        // from an address of its own: these failures must not throttle 127.0.0.1, which every web test signs in from
        Browser first = Browser.from("127.0.0.2", port);
        for (int i = 0; i < SignInGuard.MAX_FAILURES; i++) {
            first.signIn(name, "wrong guess number " + i);
        }

        var rightPasswordElsewhere = first.at(secondPort).signIn(name, PASSWORD);

        assertThat(Browser.location(rightPasswordElsewhere)).endsWith("/login?error");
        assertThat(first.at(secondPort).get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void anAddressThrottledOnOneInstanceIsThrottledOnTheOther() {
        // not 127.0.0.1, which every web test signs in from
        String address = unique("192.0.2.50");
        SignInGuard one = context.getBean(SignInGuard.class);
        SignInGuard two = second.getBean(SignInGuard.class);
        for (int i = 0; i < AddressThrottle.MAX_FAILURES - 1; i++) {
            one.failed("guess-" + i, Optional.empty(), "bad_credentials", address);
        }
        assertThat(two.addressBlocked(address)).isFalse();

        one.failed("guess-last", Optional.empty(), "bad_credentials", address);

        assertThat(two.addressBlocked(address)).isTrue();
        assertThat(one.addressBlocked(address)).isTrue();
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionOnTheOther() throws Exception {
        String name = account(Role.VIEWER);
        Browser other = new Browser(secondPort);
        other.signIn(name, PASSWORD);
        assertThat(other.get("/").statusCode()).isEqualTo(200);

        assertThat(send("PUT", "/api/v1/users/" + name, Map.of("enabled", false), Role.ADMIN).status()).isEqualTo(200);

        assertThat(Browser.location(other.get("/"))).endsWith("/login");
    }
}
