package org.kuzet.web;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Where uploaded sheets wait between upload, check and import: a folder of this instance's temporary directory,
 * files readable by the server's user only. A sheet of detainees must not outlive its use, and a session kept in the
 * database (Spring Session JDBC) is deleted — at sign-out or when it expires — without telling its attributes. So the
 * session's sheets are deleted at sign-out (this is a {@link LogoutHandler} of the web sign-in), and a sweep at start
 * and every minute deletes any sheet not used for longer than the session timeout (its session has expired: a
 * session ends after that long without a request, and every use of a sheet marks it used).
 */
@Component
class ImportUploadFolder implements LogoutHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUploadFolder.class);

    private final Path folder;
    private final Duration unused;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kuzet-import-sweep");
        thread.setDaemon(true);
        return thread;
    });

    ImportUploadFolder(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) throws IOException {
        this.folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kuzet-imports"));
        this.unused = sessionTimeout;
        sweep();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 1, 1, TimeUnit.MINUTES);
    }

    /** A new, empty file for an upload (owner-only, as every temporary file of the JDK on POSIX systems). */
    Path newFile(String suffix) throws IOException {
        return Files.createTempFile(folder, "kuzet-import-", suffix);
    }

    /** Marks an upload used now, so that the sweep leaves it while its session lives. */
    static void used(Path path) {
        try {
            if (Files.exists(path)) {
                Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ImportPages.Uploads.class.getName()) instanceof ImportPages.Uploads uploads) {
            uploads.deleteAll();
        }
    }

    /** Deletes the uploads not used for longer than the session timeout. */
    void sweep() throws IOException {
        Instant before = Instant.now().minus(unused);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not sweep the uploaded sheets in {}: {}", folder, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
    }
}
