package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The users, settings and own-tokens API: who may call it, what it changes, what it refuses. */
class UsersApiIntegrationTest extends ApiIntegrationTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Settings settings;

    @Test
    void viewersAndEditorsCannotManageUsersOrSettings() {
        for (Role role : new Role[] {Role.VIEWER, Role.EDITOR, Role.REVIEWER}) {
            assertThat(send("GET", "/api/v1/users", null, role).status()).isEqualTo(403);
            assertThat(send("POST", "/api/v1/users", Map.of("username", unique("x"), "role", "admin"), role).status()).isEqualTo(403);
            assertThat(send("PUT", "/api/v1/users/admin", Map.of("role", "viewer"), role).status()).isEqualTo(403);
            assertThat(send("POST", "/api/v1/users/admin/unlock", null, role).status()).isEqualTo(403);
            assertThat(send("DELETE", "/api/v1/users/admin/two-factor", null, role).status()).isEqualTo(403);
            assertThat(send("GET", "/api/v1/settings", null, role).status()).isEqualTo(403);
            assertThat(send("PUT", "/api/v1/settings", Map.of("requireTwoFactor", true), role).status()).isEqualTo(403);
        }
        assertThat(send("GET", "/api/v1/users", null, (String) null, "application/json").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesAUserWithAOneTimePasswordAndChangesTheirRole() throws Exception {
        String name = unique("gulnara").toLowerCase();
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            var created = send("POST", "/api/v1/users", Map.of("username", name, "role", "viewer", "displayName", "Gulnara"),
                    Role.ADMIN);

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().at("/user/role").asString()).isEqualTo("viewer");
            assertThat(created.json().at("/user/mustChangePassword").asBoolean()).isTrue();
            String oneTime = created.json().get("oneTimePassword").asString();
            Browser browser = new Browser(port);
            assertThat(Browser.location(browser.signIn(name, oneTime))).endsWith("/account/password");

            var changed = send("PUT", "/api/v1/users/" + name, Map.of("role", "editor", "displayName", "Gulnara A."), Role.ADMIN);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("role").asString()).isEqualTo("editor");
            assertThat(changed.json().get("displayName").asString()).isEqualTo("Gulnara A.");
            assertThat(send("GET", "/api/v1/users", null, Role.ADMIN).body()).contains("\"" + name + "\"")
                    .doesNotContain("password_hash", "passwordHash", "totp");

            assertThat(audit.about(name)).extracting(e -> e.action())
                    .containsSubsequence("user_created", "login_succeeded", "user_role_changed");
            assertThat(audit.about(name).stream().filter(e -> e.action().equals("user_role_changed")).findFirst()
                    .orElseThrow().details()).containsEntry("from", "viewer").containsEntry("to", "editor");
        }
    }

    @Test
    void badUserInputNamesTheField() {
        var badRole = send("POST", "/api/v1/users", Map.of("username", unique("x"), "role", "overlord"), Role.ADMIN);
        var badName = send("POST", "/api/v1/users", Map.of("username", "Not Valid!", "role", "viewer"), Role.ADMIN);
        var unknown = send("PUT", "/api/v1/users/" + unique("nobody"), Map.of("enabled", false), Role.ADMIN);

        assertThat(badRole.status()).isEqualTo(422);
        assertThat(badRole.errorFields()).containsExactly("$.role");
        assertThat(badName.errorFields()).containsExactly("$.username");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() {
        String last = unique("last-admin").toLowerCase();
        users.create(last, Role.ADMIN, "seven silver lanterns over Shymkent", false);
        // Inside a transaction that is rolled back: the other administrators of the shared test record stay.
        transactions.executeWithoutResult(status -> {
            db.sql("update app_user set enabled = false where role = 'admin' and username <> ?").param(last).update();

            assertThatThrownBy(() -> users.update(last, Role.EDITOR, null, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().path())
                            .isEqualTo("$.role"));
            assertThatThrownBy(() -> users.update(last, null, null, false))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().message())
                            .contains("last enabled administrator"));
            status.setRollbackOnly();
        });

        // With other administrators around, demotion is fine.
        assertThat(send("PUT", "/api/v1/users/" + last, Map.of("role", "viewer"), Role.ADMIN).status()).isEqualTo(200);
    }

    @Test
    void anAdministratorTurnsMandatoryTwoFactorOnAndOffAndItIsAudited() {
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            var on = send("PUT", "/api/v1/settings", Map.of("requireTwoFactor", true), Role.ADMIN);
            // this administrator has no second factor: their own token now waits until they enrol
            var held = send("GET", "/api/v1/settings", null, Role.ADMIN);
            settings.set(Settings.REQUIRE_TWO_FACTOR, "false");
            var read = send("GET", "/api/v1/settings", null, Role.ADMIN);
            var unknown = send("PUT", "/api/v1/settings", Map.of("colour", "red"), Role.ADMIN);

            assertThat(on.json().get("requireTwoFactor").asBoolean()).isTrue();
            assertThat(held.status()).isEqualTo(403);
            assertThat(held.json().get("step").asString()).isEqualTo("/account/two-factor");
            assertThat(read.json().get("requireTwoFactor").asBoolean()).isFalse();
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(audit.about(Settings.REQUIRE_TWO_FACTOR)).extracting(e -> e.details().get("to"))
                    .containsExactly("true", "false");
        } finally {
            settings.set(Settings.REQUIRE_TWO_FACTOR, "false");
        }
    }

    @Test
    void aViewerCreatesUsesListsAndRevokesTheirOwnToken() {
        String name = unique("aliya").toLowerCase();
        users.create(name, Role.VIEWER, "seven silver lanterns over Shymkent", false);
        String login = apiTokens.create(name, "bootstrap", Instant.now().plus(Duration.ofDays(1)));
        String expires = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString();
        try (AuditEvents audit = AuditEvents.recordIn(context)) {
            var created = send("POST", "/api/v1/account/tokens", Map.of("name", "laptop", "expiresAt", expires), login,
                    "application/json");

            assertThat(created.status()).isEqualTo(201);
            String token = created.json().get("token").asString();
            long id = created.json().get("id").asLong();
            assertThat(token).startsWith("kzt_");
            assertThat(send("GET", "/api/v1/account/tokens", null, token, "application/json").status()).isEqualTo(200);
            var list = send("GET", "/api/v1/account/tokens", null, login, "application/json");
            assertThat(list.json()).hasSize(2);
            assertThat(list.body()).doesNotContain(token).contains("\"laptop\"");

            assertThat(send("DELETE", "/api/v1/account/tokens/" + id, null, login, "application/json").status()).isEqualTo(204);

            assertThat(send("GET", "/api/v1/account/tokens", null, token, "application/json").status()).isEqualTo(401);
            assertThat(audit.all()).extracting(e -> e.action()).contains("token_created", "token_revoked");
        }
    }

    @Test
    void aTokensLastUseIsKeptToTheMinuteSoThatReadingIsNotWriting() {
        String name = unique("dana").toLowerCase();
        users.create(name, Role.VIEWER, "seven silver lanterns over Taraz", false);
        String token = apiTokens.create(name, "laptop", Instant.now().plus(Duration.ofDays(1)));

        assertThat(send("GET", "/api/v1/account/tokens", null, token, "application/json").status()).isEqualTo(200);
        Double firstUse = lastUsed(name);
        assertThat(firstUse).as("the first use is written").isNotNull();
        assertThat(send("GET", "/api/v1/account/tokens", null, token, "application/json").status()).isEqualTo(200);
        assertThat(lastUsed(name)).as("used again within the minute: not written again").isEqualTo(firstUse);

        db.sql("""
                update api_token set last_used_at = last_used_at - interval '2 minutes'
                where user_id = (select id from app_user where username = ?)""").param(name).update();
        assertThat(send("GET", "/api/v1/account/tokens", null, token, "application/json").status()).isEqualTo(200);
        assertThat(lastUsed(name)).as("a minute later: written").isGreaterThan(firstUse);
    }

    /** When the user's one token was last used, in seconds since 1970. */
    private Double lastUsed(String username) {
        return db.sql("""
                        select extract(epoch from last_used_at)::float8 from api_token
                        where user_id = (select id from app_user where username = ?)""")
                .param(username).query(Double.class).single();
    }

    @Test
    void aTokenNeedsAnExpiryWithinAYearAndOthersTokensCannotBeRevoked() {
        var noExpiry = send("POST", "/api/v1/account/tokens", Map.of("name", "forever"), Role.VIEWER);
        var tooLong = send("POST", "/api/v1/account/tokens",
                Map.of("name", "long", "expiresAt", Instant.now().plus(Duration.ofDays(400)).toString()), Role.VIEWER);
        var past = send("POST", "/api/v1/account/tokens", Map.of("name", "past", "expiresAt", "2020-01-01"), Role.VIEWER);
        var noName = send("POST", "/api/v1/account/tokens", Map.of("expiresAt", "2020-01-01"), Role.VIEWER);
        long editorsToken = send("POST", "/api/v1/account/tokens",
                Map.of("name", "editor's", "expiresAt", Instant.now().plus(Duration.ofDays(2)).toString()), Role.EDITOR)
                .json().get("id").asLong();

        assertThat(noExpiry.status()).isEqualTo(422);
        assertThat(noExpiry.errorFields()).containsExactly("$.expiresAt");
        assertThat(tooLong.errorFields()).containsExactly("$.expiresAt");
        assertThat(past.errorFields()).containsExactly("$.expiresAt");
        assertThat(noName.errorFields()).containsExactly("$.name");
        assertThat(send("DELETE", "/api/v1/account/tokens/" + editorsToken, null, Role.VIEWER).status()).isEqualTo(404);
    }
}
