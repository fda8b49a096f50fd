package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.crypto.Vault;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/**
 * Two-factor sign-in with an authenticator app: enrolment, the second step, recovery codes, replay, mandatory 2FA,
 * and the API tokens of accounts that must first take a step on the web (enrol, change a one-time password).
 */
class TwoFactorIntegrationTest extends ApiIntegrationTest {

    static final String PASSWORD = "seven silver lanterns over Shymkent";

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    Vault vault;

    @Autowired
    Settings settings;

    record Enrolled(String username, String secret, List<String> recoveryCodes) {
    }

    /** A user who signs in and turns on two-factor sign-in through the pages. */
    private Enrolled enrolled(Browser browser) throws Exception {
        String name = unique("yerlan").toLowerCase();
        users.create(name, Role.EDITOR, PASSWORD, false);
        browser.signIn(name, PASSWORD);
        Enrolled enrolled = enrol(browser, name);
        browser.submit("/", "/logout");
        return enrolled;
    }

    /** Turns on two-factor sign-in for the user signed in on {@code browser}, through the enrolment page. */
    private Enrolled enrol(Browser browser, String name) throws Exception {
        var page = browser.get("/account/two-factor");
        assertThat(page.body()).contains("<img src=\"data:image/png;base64,");
        Matcher secret = Pattern.compile("<code>([A-Z2-7 ]+)</code>").matcher(page.body());
        assertThat(secret.find()).isTrue();
        String plainSecret = secret.group(1).replace(" ", "");

        var confirmed = browser.submit("/account/two-factor", "/account/two-factor/confirm",
                "code", Browser.totp(plainSecret, Instant.now(), 0));

        assertThat(confirmed.body()).contains("Two-factor sign-in is on");
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("<li><code>([a-z2-9-]{19})</code></li>").matcher(confirmed.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(name, plainSecret, codes);
    }

    @Test
    void enrolmentStoresTheSecretSealedAndOnlyHashesOfTheRecoveryCodes() throws Exception {
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            Enrolled user = enrolled(new Browser(port));

            var row = db.sql("select id, totp_secret from app_user where username = ?").param(user.username())
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBytes(2))).single();
            assertThat(new String(row.getValue(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(user.secret());
            assertThat(vault.openText(row.getValue(), "app_user.totp_secret:" + row.getKey())).isEqualTo(user.secret());
            List<String> hashes = db.sql("select code_hash from recovery_code where user_id = ?").param(row.getKey())
                    .query(String.class).list();
            assertThat(hashes).hasSize(10).noneMatch(h -> user.recoveryCodes().contains(h));
            assertThat(audit.actionsAbout(user.username())).contains("two_factor_enabled");
        }
    }

    @Test
    void afterThePasswordTheSecondStepIsTheOnlyPlaceUntilTheCodeIsRight() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            var password = browser.signIn(user.username(), PASSWORD);
            String pendingSession = browser.sessionId();

            assertThat(Browser.location(password)).endsWith("/login/two-factor");
            assertThat(Browser.location(browser.get("/"))).endsWith("/login/two-factor");
            assertThat(Browser.location(browser.get("/account/password"))).endsWith("/login/two-factor");
            assertThat(browser.get("/api/v1/account/tokens").statusCode()).isEqualTo(401);

            // The code of the enrolment's time step is spent: the app's next code.
            var code = browser.submit("/login/two-factor", "/login/two-factor",
                    "code", Browser.totp(user.secret(), Instant.now(), 1));

            assertThat(Browser.location(code)).endsWith("/");
            assertThat(browser.sessionId()).isNotEqualTo(pendingSession);
            assertThat(browser.get("/").body()).contains("Signed in as " + user.username());
            assertThat(audit.actionsAbout(user.username())).containsSubsequence("second_factor_succeeded", "login_succeeded");
        }
    }

    @Test
    void aSignInWaitingForItsSecondFactorEndsWhenThePasswordIsChangedElsewhere() throws Exception {
        Browser owner = new Browser(port);
        Enrolled user = enrolled(owner);
        // someone holding the seized phone (its authenticator) typed the old password
        Browser seizedPhone = new Browser(port);
        assertThat(Browser.location(seizedPhone.signIn(user.username(), PASSWORD))).endsWith("/login/two-factor");

        owner.signIn(user.username(), PASSWORD);
        owner.submit("/login/two-factor", "/login/two-factor", "code", Browser.totp(user.secret(), Instant.now(), 1));
        var changed = owner.submit("/account/password", "/account/password", "currentPassword", PASSWORD,
                "newPassword", "Жаңа құпия сөз Semey 2026!");
        assertThat(changed.statusCode()).isEqualTo(200);

        assertThat(Browser.location(seizedPhone.get("/login/two-factor"))).as("the half-finished sign-in is gone")
                .endsWith("/login");
        assertThat(owner.get("/").body()).contains("Signed in as " + user.username());
    }

    @Test
    void aCodeAlreadyUsedInItsTimeStepIsRefused() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);
        String code = Browser.totp(user.secret(), Instant.now(), 1);
        browser.signIn(user.username(), PASSWORD);
        assertThat(Browser.location(browser.submit("/login/two-factor", "/login/two-factor", "code", code))).endsWith("/");
        browser.submit("/", "/logout");

        Browser attacker = new Browser(port);
        attacker.signIn(user.username(), PASSWORD);
        var replay = attacker.submit("/login/two-factor", "/login/two-factor", "code", code);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("That code was not accepted");
        assertThat(Browser.location(attacker.get("/"))).endsWith("/login/two-factor");
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);
        String recovery = user.recoveryCodes().get(3).toUpperCase();
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            browser.signIn(user.username(), PASSWORD);
            var first = browser.submit("/login/two-factor", "/login/two-factor", "code", recovery);
            assertThat(Browser.location(first)).endsWith("/");
            browser.submit("/", "/logout");

            browser.signIn(user.username(), PASSWORD);
            var second = browser.submit("/login/two-factor", "/login/two-factor", "code", recovery);

            assertThat(second.body()).contains("That code was not accepted");
            assertThat(audit.about(user.username())).filteredOn(e -> e.action().equals("recovery_code_used"))
                    .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("remaining", 9L));
        }
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndThePendingSignIn() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);
        browser.signIn(user.username(), PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.submit("/login/two-factor", "/login/two-factor", "code", "00000" + i).statusCode()).isEqualTo(200);
        }
        var fifth = browser.submit("/login/two-factor", "/login/two-factor", "code", "000009");

        assertThat(Browser.location(fifth)).endsWith("/login?error");
        assertThat(Browser.location(browser.signIn(user.username(), PASSWORD))).endsWith("/login?error");
        users.unlock(user.username());
    }

    @Test
    void disablingNeedsThePasswordAndACode() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);
        browser.signIn(user.username(), PASSWORD);
        browser.submit("/login/two-factor", "/login/two-factor", "code", Browser.totp(user.secret(), Instant.now(), 1));

        var wrongPassword = browser.submit("/account/two-factor", "/account/two-factor/disable",
                "password", "not my password at all", "code", user.recoveryCodes().get(0));
        assertThat(wrongPassword.body()).contains("not your current password");
        var noCode = browser.submit("/account/two-factor", "/account/two-factor/disable", "password", PASSWORD, "code", "123");
        assertThat(noCode.body()).contains("is neither the current code");
        assertThat(users.find(user.username()).orElseThrow().twoFactor()).isTrue();

        var disabled = browser.submit("/account/two-factor", "/account/two-factor/disable",
                "password", PASSWORD, "code", user.recoveryCodes().get(0));

        assertThat(disabled.body()).contains("Two-factor sign-in is off");
        assertThat(users.find(user.username()).orElseThrow().twoFactor()).isFalse();
    }

    @Test
    void whenTwoFactorIsRequiredAUserWithoutItIsSentToEnrolFirst() throws Exception {
        String name = unique("saule").toLowerCase();
        users.create(name, Role.VIEWER, PASSWORD, false);
        assertThat(send("PUT", "/api/v1/settings", Map.of("requireTwoFactor", true), Role.ADMIN).json()
                .get("requireTwoFactor").asBoolean()).isTrue();
        try {
            Browser browser = new Browser(port);
            var signIn = browser.signIn(name, PASSWORD);

            assertThat(Browser.location(signIn)).endsWith("/account/two-factor");
            assertThat(Browser.location(browser.get("/"))).endsWith("/account/two-factor");
            var enrol = browser.get("/account/two-factor");
            assertThat(enrol.statusCode()).isEqualTo(200);
            assertThat(enrol.body()).contains("An administrator requires two-factor sign-in");
        } finally {
            settings.set(Settings.REQUIRE_TWO_FACTOR, "false");
        }
    }

    private Response withToken(String method, String path, Object body, String token) {
        return send(method, path, body, token, "application/json");
    }

    private static Map<String, String> aNewToken() {
        return Map.of("name", "another script", "expiresAt", LocalDate.now().plusDays(30).toString());
    }

    private long tokensOf(String username) {
        return db.sql("select count(*) from api_token t join app_user u on u.id = t.user_id where u.username = ?")
                .param(username).query(Long.class).single();
    }

    @Test
    void whenTwoFactorIsRequiredTheTokenOfAUserWithoutItIsRefusedAndMintsNoTokenUntilTheyEnrol() throws Exception {
        String name = unique("dana").toLowerCase();
        users.create(name, Role.EDITOR, PASSWORD, false);
        String token = apiTokens.create(name, "nightly script", null);
        assertThat(withToken("GET", "/api/v1/persons", null, token).status()).isEqualTo(200);
        settings.set(Settings.REQUIRE_TWO_FACTOR, "true");
        try {
            var read = withToken("GET", "/api/v1/persons", null, token);
            var mint = withToken("POST", "/api/v1/account/tokens", aNewToken(), token);

            assertThat(read.status()).isEqualTo(403);
            assertThat(read.json().get("type").asString()).isEqualTo("https://kuzet.org/problems/account-step-required");
            assertThat(read.json().get("detail").asString()).contains("requires two-factor sign-in", "/account/two-factor");
            assertThat(read.json().get("step").asString()).isEqualTo("/account/two-factor");
            assertThat(mint.status()).isEqualTo(403);
            assertThat(withToken("POST", "/api/v1/persons", json("{'name': 'Not recorded'}"), token).status()).isEqualTo(403);
            assertThat(tokensOf(name)).isEqualTo(1);
            assertThatThrownBy(() -> apiTokens.request(name, "from the account page", LocalDate.now().plusDays(1).toString()))
                    .isInstanceOf(ErrorResponseException.class)
                    .satisfies(e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(403));

            Browser browser = new Browser(port);
            assertThat(Browser.location(browser.signIn(name, PASSWORD))).endsWith("/account/two-factor");
            enrol(browser, name);

            assertThat(withToken("GET", "/api/v1/persons", null, token).status()).isEqualTo(200);
            var minted = withToken("POST", "/api/v1/account/tokens", aNewToken(), token);
            assertThat(minted.status()).as(minted.body()).isEqualTo(201);
            assertThat(withToken("GET", "/api/v1/persons", null, minted.json().get("token").asString()).status()).isEqualTo(200);
        } finally {
            settings.set(Settings.REQUIRE_TWO_FACTOR, "false");
        }
    }

    @Test
    void anAdministratorWhoMustStillChangeAOneTimePasswordCannotUseTheApiUntilTheyDo() throws Exception {
        String name = unique("first-admin").toLowerCase();
        String oneTime = Users.randomPassword();
        users.create(name, Role.ADMIN, oneTime, true);
        String token = apiTokens.create(name, "set-up script", null);

        var read = withToken("GET", "/api/v1/users", null, token);
        var mint = withToken("POST", "/api/v1/account/tokens", aNewToken(), token);

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().get("detail").asString()).contains("one-time password", "/account/password");
        assertThat(read.body()).doesNotContain("\"" + name + "\"");
        assertThat(mint.status()).isEqualTo(403);
        assertThat(tokensOf(name)).isEqualTo(1);

        Browser browser = new Browser(port);
        assertThat(Browser.location(browser.signIn(name, oneTime))).endsWith("/account/password");
        browser.submit("/account/password", "/account/password", "currentPassword", oneTime, "newPassword", PASSWORD);
        assertThat(users.find(name).orElseThrow().mustChangePassword()).isFalse();

        assertThat(withToken("GET", "/api/v1/users", null, token).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorResetsALostSecondFactor() throws Exception {
        Browser browser = new Browser(port);
        Enrolled user = enrolled(browser);

        assertThat(send("DELETE", "/api/v1/users/" + user.username() + "/two-factor", null, Role.ADMIN).status()).isEqualTo(204);

        assertThat(Browser.location(browser.signIn(user.username(), PASSWORD))).endsWith("/");
        assertThat(db.sql("select count(*) from recovery_code r join app_user u on u.id = r.user_id where u.username = ?")
                .param(user.username()).query(Long.class).single()).isZero();
    }
}
