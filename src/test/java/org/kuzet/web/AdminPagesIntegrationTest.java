package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.Settings;
import org.kuzet.shared.AuditEvent;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The pages of administrators (audit trail, users, settings) and every user's account page with their tokens. */
class AdminPagesIntegrationTest extends ApiIntegrationTest {

    @Autowired
    Settings settings;

    @Autowired
    ApplicationEventPublisher events;

    private WebSession signedIn(Role role) {
        return WebSession.signedIn(port, account(role), PASSWORD);
    }

    @Test
    void onlyAdministratorsOpenTheAuditAndUsersPagesAndSeeThemInTheNavigation() {
        for (Role role : new Role[] {Role.EDITOR, Role.REVIEWER, Role.VIEWER}) {
            WebSession session = signedIn(role);
            assertThat(session.get("/audit").statusCode()).as(role + " /audit").isEqualTo(403);
            assertThat(session.get("/users").statusCode()).as(role + " /users").isEqualTo(403);
            assertThat(session.get("/").body()).doesNotContain("href=\"/audit\"", "href=\"/users\"").contains("href=\"/account\"");
        }
        WebSession admin = signedIn(Role.ADMIN);
        assertThat(admin.get("/").body()).contains("href=\"/audit\"", "href=\"/users\"");
        assertThat(admin.get("/audit").statusCode()).isEqualTo(200);
        assertThat(admin.get("/users").statusCode()).isEqualTo(200);
        assertThat(WebSession.anonymous(port).get("/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void theAuditFiltersByActionAndSubjectAndVerifiesTheChain() {
        String created = account(Role.VIEWER);
        WebSession admin = signedIn(Role.ADMIN);

        String body = admin.get("/audit?action=user_created&subjectType=user&subject=" + created
                + "&from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(1)).body();

        assertThat(body).contains("Entries: 1", "<code>user_created</code>", "<code>" + created + "</code>",
                "{\"role\":\"viewer\"}", " UTC");
        assertThat(admin.get("/audit?verify=1").body()).contains("The chain is intact", "entries follow each other");
    }

    @Test
    void aBadDayInTheAuditFilterIsNamedAndTheRestStillApplies() {
        String created = account(Role.VIEWER);

        String body = signedIn(Role.ADMIN).get("/audit?from=2026-02-30&subject=" + created).body();

        assertThat(body).contains("from: '2026-02-30' is not a day", "Entries: 1");
    }

    @Test
    void theAuditPagesThroughOlderEntriesKeepingTheFilterAndReadsInRussian() {
        String subject = unique("export");
        for (int i = 0; i < 51; i++) {
            events.publishEvent(new AuditEvent("export_created", "bundle", subject, Map.of("n", i)));
        }
        WebSession admin = signedIn(Role.ADMIN);

        String first = admin.get("/audit?subject=" + subject).body();
        assertThat(first).contains("Entries: 51", "{\"n\":50}", "href=\"/audit?subject=" + subject + "&amp;page=1\"", "Older")
                .doesNotContain("{\"n\":0}");
        String second = admin.get("/audit?subject=" + subject + "&page=1").body();
        assertThat(second).contains("Page 2", "{\"n\":0}", "href=\"/audit?subject=" + subject + "\"").doesNotContain("{\"n\":1}");
        assertThat(admin.get("/audit?lang=ru").body()).contains("Журнал аудита", "Проверить цепочку");
    }

    @Test
    void anAdministratorCreatesAUserWhoseOneTimePasswordIsShownOnceAndMustBeChanged() {
        WebSession admin = signedIn(Role.ADMIN);
        String name = unique("aigerim").toLowerCase();

        HttpResponse<String> created = admin.post("/users", "username", name, "role", "editor", "displayName",
                "Aigerim <i>S.</i>", "_csrf", WebSession.csrf(admin.get("/users").body()));

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher password = Pattern.compile("<p><code>([^<]+)</code></p>").matcher(created.body());
        assertThat(password.find()).isTrue();
        assertThat(created.body()).contains("User " + name + " created", "Aigerim &lt;i&gt;S.&lt;/i&gt;");
        assertThat(admin.get("/users").body()).doesNotContain(password.group(1));
        WebSession newcomer = WebSession.signedIn(port, name, password.group(1));
        assertThat(newcomer.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
    }

    @Test
    void aBadNewUserComesBackWithTheProblemAndWhatWasTyped() {
        WebSession admin = signedIn(Role.ADMIN);

        HttpResponse<String> created = admin.post("/users", "username", "Not Valid!", "role", "reviewer",
                "_csrf", WebSession.csrf(admin.get("/users").body()));

        assertThat(created.statusCode()).isEqualTo(422);
        assertThat(created.body()).contains("The user was not created", "$.username: must be 2-64 lower-case letters",
                "value=\"Not Valid!\"", "<option value=\"reviewer\" selected>");
    }

    @Test
    void anAdministratorChangesARoleDisablesAndEnablesAnAccount() {
        WebSession admin = signedIn(Role.ADMIN);
        String name = account(Role.VIEWER);
        String csrf = WebSession.csrf(admin.get("/users").body());

        HttpResponse<String> role = admin.post("/users/" + name + "/role", "role", "editor", "_csrf", csrf);
        assertThat(role.statusCode()).isEqualTo(302);
        assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThat(admin.get("/users?done=role&user=" + name).body()).contains("The role of " + name + " was changed.");

        assertThat(admin.post("/users/" + name + "/enabled", "enabled", "false", "_csrf", csrf).statusCode()).isEqualTo(302);
        assertThat(users.find(name).orElseThrow().enabled()).isFalse();
        assertThat(admin.post("/users/" + name + "/enabled", "enabled", "true", "_csrf", csrf).statusCode()).isEqualTo(302);
        assertThat(users.find(name).orElseThrow().enabled()).isTrue();
        assertThat(admin.post("/users/" + name + "/unlock", "_csrf", csrf).statusCode()).isEqualTo(302);
        assertThat(admin.post("/users/nobody-" + name + "/unlock", "_csrf", csrf).statusCode()).isEqualTo(404);
    }

    @Test
    void formsOfTheUsersPageNeedTheCsrfTokenAndAnAdministrator() {
        String name = account(Role.VIEWER);
        WebSession editor = signedIn(Role.EDITOR);

        assertThat(signedIn(Role.ADMIN).post("/users/" + name + "/role", "role", "admin").statusCode()).isEqualTo(403);
        assertThat(editor.post("/users/" + name + "/role", "role", "admin", "_csrf", WebSession.csrf(editor.get("/account").body()))
                .statusCode()).isEqualTo(403);
        assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void theSettingMakesTwoFactorMandatorySoAnAdministratorWithoutASecondFactorIsSentToEnrol() {
        WebSession admin = signedIn(Role.ADMIN);
        try {
            assertThat(admin.get("/users").body()).contains("name=\"requireTwoFactor\" value=\"true\">");

            HttpResponse<String> saved = admin.post("/users/settings", "requireTwoFactor", "true",
                    "_csrf", WebSession.csrf(admin.get("/users").body()));

            assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/users?done=settings");
            assertThat(settings.requireTwoFactor()).isTrue();
            assertThat(admin.get("/users").headers().firstValue("Location").orElseThrow()).endsWith("/account/two-factor");
        } finally {
            settings.set(Settings.REQUIRE_TWO_FACTOR, "false");
        }
    }

    @Test
    void clearingTheCheckboxMakesTwoFactorOptionalAgain() {
        WebSession admin = signedIn(Role.ADMIN);

        HttpResponse<String> saved = admin.post("/users/settings", "_csrf", WebSession.csrf(admin.get("/users").body()));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(settings.requireTwoFactor()).isFalse();
        assertThat(admin.get("/users?done=settings").body()).contains("The settings were saved.");
    }

    @Test
    void aUserCreatesATokenShownOnceThatWorksUntilRevoked() {
        WebSession viewer = signedIn(Role.VIEWER);
        String csrf = WebSession.csrf(viewer.get("/account").body());

        HttpResponse<String> created = viewer.post("/account/tokens", "name", "nightly <export>", "expiresAt",
                LocalDate.now().plusDays(30).toString(), "_csrf", csrf);

        assertThat(created.statusCode()).isEqualTo(200);
        Matcher token = Pattern.compile("<code>(kzt_[^<]+)</code>").matcher(created.body());
        assertThat(token.find()).isTrue();
        assertThat(created.body()).contains("nightly &lt;export&gt;");
        assertThat(send("GET", "/api/v1/incidents", null, token.group(1), "application/json").status()).isEqualTo(200);
        String account = viewer.get("/account").body();
        assertThat(account).doesNotContain(token.group(1)).contains(token.group(1).substring(0, 10));
        Matcher revoke = Pattern.compile("action=\"(/account/tokens/\\d+/revoke)\"").matcher(account);
        assertThat(revoke.find()).isTrue();

        assertThat(viewer.post(revoke.group(1), "_csrf", csrf).statusCode()).isEqualTo(302);

        assertThat(send("GET", "/api/v1/incidents", null, token.group(1), "application/json").status()).isEqualTo(401);
        assertThat(viewer.get("/account?revoked").body()).contains("The token was revoked.", "revoked");
    }

    @Test
    void aTokenWithoutExpiryOrTooLongIsRefusedWithTheReason() {
        WebSession editor = signedIn(Role.EDITOR);
        String csrf = WebSession.csrf(editor.get("/account").body());

        HttpResponse<String> tooLong = editor.post("/account/tokens", "name", "backup", "expiresAt",
                LocalDate.now().plusYears(2).toString(), "_csrf", csrf);

        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("The token was not created", "must be at most one year ahead", "value=\"backup\"");
        assertThat(editor.get("/account?lang=ru").body()).contains("Токены API", "Сменить пароль", "У вас нет токенов.");
    }

    @Test
    void aUserCannotRevokeSomeoneElsesToken() {
        WebSession viewer = signedIn(Role.VIEWER);
        String other = account(Role.EDITOR);
        long id = apiTokens.request(other, "theirs", LocalDate.now().plusDays(3).toString()).id();

        HttpResponse<String> revoke = viewer.post("/account/tokens/" + id + "/revoke", "_csrf",
                WebSession.csrf(viewer.get("/account").body()));

        assertThat(revoke.statusCode()).isEqualTo(404);
    }
}
