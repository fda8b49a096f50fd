package org.kuzet.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Scheduled backups for {@code serve --backup-every 24h --backup-dir D --keep 14 --backup-passphrase-file P}: one
 * backup per interval into {@code D/kuzet-backup-<UTC time>.zip.gpg}, the oldest removed beyond {@code keep}. The
 * first comes one interval after the last backup the audit trail knows (at least a minute after the start). When
 * several instances on one database are given the schedule, only one writes the backups ({@link ScheduleLeader}).
 */
@Component
class BackupSchedule implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private static final Actor SCHEDULER = new Actor(null, "(scheduled backup)", null, Clearance.CONFIDENTIAL);
    static final String PREFIX = "kuzet-backup-";
    static final String SUFFIX = ".zip.gpg";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Backups backups;
    private final Duration every;
    private final Path dir;
    private final int keep;
    private final Path passphraseFile;
    private ScheduleLeader leader; // taken at the first run
    private ScheduledExecutorService executor;

    BackupSchedule(Backups backups, @Value("${kuzet.backup.every:}") String every, @Value("${kuzet.backup.dir:}") String dir,
                   @Value("${kuzet.backup.keep:14}") int keep, @Value("${kuzet.backup.passphrase-file:}") String passphraseFile) {
        this.backups = backups;
        this.every = every.isBlank() ? null : parse(every);
        this.dir = dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
        this.keep = keep;
        this.passphraseFile = passphraseFile.isBlank() ? null : Path.of(passphraseFile).toAbsolutePath().normalize();
        if (this.every != null) {
            if (this.dir == null || this.passphraseFile == null) {
                throw new BackupException("scheduled backups need a folder (--backup-dir) and a passphrase file "
                        + "(--backup-passphrase-file)");
            }
            if (keep < 1) {
                throw new BackupException("--keep must be at least 1");
            }
            Passphrases.checkNew(passphrase()); // refused at start, not at the first backup a day later
        }
    }

    /** {@code 24h}, {@code 90m}, {@code 7d}, or an ISO-8601 duration such as {@code PT12H}. */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("p")) {
                d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            } else {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    case 'd' -> Duration.ofDays(n);
                    default -> throw new IllegalArgumentException();
                };
            }
            if (d.compareTo(Duration.ofMinutes(5)) < 0) {
                throw new BackupException("--backup-every must be at least 5 minutes (got " + text + ")");
            }
            return d;
        } catch (RuntimeException e) {
            if (e instanceof BackupException b) {
                throw b;
            }
            throw new BackupException("--backup-every: '" + text + "' is not an interval such as 24h, 90m or 7d");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (every == null) {
            return;
        }
        Instant last = Actor.callAs(SCHEDULER, () -> backups.last().map(Backups.Last::at).orElse(Instant.EPOCH));
        Duration since = Duration.between(last, Instant.now());
        long firstIn = Math.max(Duration.ofMinutes(1).toSeconds(), every.minus(since).toSeconds());
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("kuzet-backup").factory());
        executor.scheduleWithFixedDelay(this::runOnce, firstIn, every.toSeconds(), TimeUnit.SECONDS);
        log.info("Backups every {} into {}, keeping {}; the next in {} s", every, dir, keep, firstIn);
    }

    /** One backup and the pruning after it; a failure is logged and the schedule goes on. */
    void runOnce() {
        char[] passphrase = passphrase();
        try {
            if (!leader().lead()) {
                log.info("Another instance on this database writes the scheduled backups: none written here");
                return;
            }
            Path file = dir.resolve(PREFIX + STAMP.format(Instant.now()) + SUFFIX);
            Backups.Written written = Actor.callAs(SCHEDULER, () -> backups.write(file, passphrase));
            log.info("Backup written: {} ({} bytes, {} rows, {} evidence files) in {} ms", written.file(), written.size(),
                    written.rows(), written.evidenceFiles(), written.took().toMillis());
            prune();
        } catch (RuntimeException e) {
            log.error("The scheduled backup failed: {}", e.getMessage(), e);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /** Removes the oldest scheduled backups beyond {@code keep} (only files named as this schedule names them). */
    void prune() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            list.forEach(files::add);
            files.sort(null);
            for (int i = 0; i < files.size() - keep; i++) {
                Files.deleteIfExists(files.get(i));
            }
        } catch (IOException e) {
            log.warn("could not remove old backups in {}: {}", dir, e.getMessage());
        }
    }

    private char[] passphrase() {
        return Passphrases.fromFile(passphraseFile);
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
        synchronized (this) {
            if (leader != null) {
                leader.close();
            }
        }
    }

    private synchronized ScheduleLeader leader() {
        if (leader == null) {
            leader = backups.scheduleLeader();
        }
        return leader;
    }
}
