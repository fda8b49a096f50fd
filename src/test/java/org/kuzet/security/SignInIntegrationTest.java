package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.AuditEvent;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Signing in with the password form: success, the generic refusal, lockout, throttling, sessions and headers. */
class SignInIntegrationTest extends ApiIntegrationTest {

    static final String PASSWORD = "seven silver lanterns over Shymkent";

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher publisher;

    private String aViewer() {
        String name = unique("dana").toLowerCase();
        users.create(name, Role.VIEWER, PASSWORD, false);
        return name;
    }

    @Test
    void theRightPasswordSignsInWithANewSessionIdAndIsAudited() throws Exception {
        String name = aViewer();
        Browser browser = new Browser(port);
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            browser.get("/login");
            String before = browser.sessionId();

            var signIn = browser.signIn(name, PASSWORD);

            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(Browser.location(signIn)).endsWith("/");
            assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
            assertThat(browser.get("/").body()).contains("Signed in as " + name);
            // The API stays stateless: a session cookie is no credential there.
            assertThat(browser.get("/api/v1/account/tokens").statusCode()).isEqualTo(401);
            AuditEvent succeeded = audit.about(name).getLast();
            assertThat(succeeded.action()).isEqualTo("login_succeeded");
            assertThat(succeeded.details()).containsEntry("secondFactor", "none").containsKey("remoteAddress");
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameGenericMessage() throws Exception {
        String name = aViewer();
        Browser browser = new Browser(port);
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            var wrong = browser.signIn(name, "not the password at all");
            var unknown = browser.signIn(unique("nobody").toLowerCase(), PASSWORD);

            assertThat(Browser.location(wrong)).endsWith("/login?error");
            assertThat(Browser.location(unknown)).endsWith("/login?error");
            assertThat(browser.get("/login?error").body()).contains("Sign-in failed or temporarily locked; try again later.");
            assertThat(browser.get("/").statusCode()).isEqualTo(302);
            assertThat(audit.about(name)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("login_failed");
                assertThat(e.details()).containsEntry("reason", "bad_credentials").containsEntry("remoteAddress", "127.0.0.1");
            });
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String name = aViewer();
        Browser browser = new Browser(port);
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            for (int i = 0; i < 5; i++) {
                browser.signIn(name, "wrong guess number " + i);
            }
            var rightPassword = browser.signIn(name, PASSWORD);

            assertThat(Browser.location(rightPassword)).endsWith("/login?error");
            assertThat(audit.actionsAbout(name)).contains("account_locked");
            assertThat(audit.about(name).getLast().details()).containsEntry("reason", "locked");
            assertThat(send("GET", "/api/v1/users/" + name, null, Role.ADMIN).json().get("lockedUntil")).isNotNull();

            assertThat(send("POST", "/api/v1/users/" + name + "/unlock", null, Role.ADMIN).status()).isEqualTo(204);

            assertThat(Browser.location(browser.signIn(name, PASSWORD))).endsWith("/");
        }
    }

    @Test
    void aLockoutEndsAfterFifteenMinutesAndASuccessResetsTheCount() {
        String name = aViewer();
        MovableClock clock = new MovableClock(Instant.now());
        PasswordSignIn signIn = new PasswordSignIn(new SignInGuard(db, publisher, clock), users);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(name, "wrong", "192.0.2.10")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(attempt(name, PASSWORD, "192.0.2.10")))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Sign-in failed or temporarily locked; try again later.");

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn.authenticate(attempt(name, PASSWORD, "192.0.2.10")))
                .isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn.authenticate(attempt(name, PASSWORD, "192.0.2.10")).getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_VIEWER");

        // Four failures after a success do not lock: the count started again.
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(name, "wrong", "192.0.2.10")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn.authenticate(attempt(name, PASSWORD, "192.0.2.10")).isAuthenticated()).isTrue();
    }

    @Test
    void thirtyFailuresFromOneAddressBlockItForFifteenMinutesWhateverTheNames() {
        String name = aViewer();
        MovableClock clock = new MovableClock(Instant.now());
        PasswordSignIn signIn = new PasswordSignIn(new SignInGuard(db, publisher, clock), users);
        for (int i = 0; i < 30; i++) {
            String someone = "guess-" + i;
            assertThatThrownBy(() -> signIn.authenticate(attempt(someone, "password" + someone, "203.0.113.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt(name, PASSWORD, "203.0.113.7")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(attempt(name, PASSWORD, "198.51.100.20")).isAuthenticated()).isTrue();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn.authenticate(attempt(name, PASSWORD, "203.0.113.7")).isAuthenticated()).isTrue();
    }

    @Test
    void securityHeadersAreOnPagesAndApiResponses() throws Exception {
        Browser browser = new Browser(port);
        var page = browser.get("/login");
        var api = new Browser(port).get("/api/v1/account/tokens");

        for (var response : java.util.List.of(page, api)) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe-inline")
                    .contains("frame-ancestors 'none'", "img-src 'self' data:");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
            assertThat(headers.firstValue("Permissions-Policy")).contains("camera=(), microphone=(), geolocation=()");
            // Plain HTTP here: HSTS is only sent over HTTPS.
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
        // scripts come from files of this site only: none is written into the page
        assertThat(page.body()).doesNotContain("<style", "style=").doesNotContainPattern("<script(?![^>]*\\bsrc=\"/)");
        assertThat(api.statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var page = new Browser(port).get("/login");

        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        // Over plain HTTP the cookie cannot be Secure; Tomcat adds Secure on HTTPS requests.
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
    }

    @Test
    void aSignInFormWithoutCsrfTokenIsRefused() throws Exception {
        String name = aViewer();
        Browser browser = new Browser(port);
        browser.get("/login");

        var withoutToken = browser.post("/login", "username", name, "password", PASSWORD);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aDisabledAccountCannotSignInAndItsSessionEnds() throws Exception {
        String name = aViewer();
        Browser browser = new Browser(port);
        browser.signIn(name, PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        assertThat(send("PUT", "/api/v1/users/" + name, Map.of("enabled", false), Role.ADMIN).status()).isEqualTo(200);

        assertThat(Browser.location(browser.get("/"))).endsWith("/login");
        assertThat(Browser.location(browser.signIn(name, PASSWORD))).endsWith("/login?error");
    }

    private static Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
