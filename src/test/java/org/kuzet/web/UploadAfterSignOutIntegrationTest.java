package org.kuzet.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded sheet (names of detainees, perhaps) waits in a temporary file between upload and import, and must not
 * outlive the session: with sessions kept in the database, ending one does not tell its attributes, so the web
 * sign-out deletes the session's sheets itself (ImportUploadFolder).
 */
class UploadAfterSignOutIntegrationTest extends ApiIntegrationTest {

    @Test
    void anUploadedSheetIsDeletedWhenItsUserSignsOut() throws Exception {
        WebSession browser = WebSession.signedIn(port, account(Role.EDITOR), PASSWORD);
        Set<Path> before = uploads();
        var uploaded = browser.postFile("/imports", WebSession.csrf(browser.get("/imports").body()), "file", "victims.csv",
                "text/csv", "title,date\nDetention of a confidential witness,2024-01-05\n".getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        Set<Path> waiting = uploads();
        waiting.removeAll(before);
        assertThat(waiting).as("the upload waits in a temporary file").hasSize(1);

        var signedOut = browser.post("/logout", "_csrf", WebSession.csrf(browser.get("/imports").body()));

        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(waiting.iterator().next()).as("the uploaded sheet goes with the session").doesNotExist();
    }

    private static Set<Path> uploads() throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "kuzet-imports");
        if (!Files.isDirectory(folder)) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toCollection(HashSet::new));
        }
    }
}
