package org.kuzet.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditHead;
import org.kuzet.audit.AuditQuery;
import org.kuzet.audit.AuditTrail;
import org.kuzet.crypto.Vault;
import org.kuzet.evidence.EvidenceFiles;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Json;
import org.postgresql.PGConnection;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes encrypted backups of the whole record while it is in use: the database, read in one snapshot, the sealed
 * evidence files of that snapshot and the keyset (see {@link EncryptedArchive} for the encryption, the README for the
 * layout). Restoring is {@link Restore}'s, which needs no running application.
 */
@Service
public class Backups {

    /** The audit action of a backup, whose details the administrator's dashboard shows. */
    static final String AUDIT_ACTION = "backup";

    private final DataSource owner;
    private final Vault vault;
    private final EvidenceFiles evidence;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Backups(@FlywayDataSource DataSource owner, Vault vault, EvidenceFiles evidence, AuditTrail audit,
            ApplicationEventPublisher events) {
        this.owner = owner;
        this.vault = vault;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
    }

    /** Which of the instances on this database writes the scheduled backups ({@link BackupSchedule}). */
    ScheduleLeader scheduleLeader() {
        return new ScheduleLeader(owner);
    }

    /** A backup written: where, how large, the moment of its snapshot, its rows and files, how long it took. */
    public record Written(Path file, long size, Instant takenAt, long rows, int evidenceFiles, Duration took) {
    }

    /** The last backup the audit trail knows of (needs full clearance, as the trail does). */
    public record Last(Instant at, String file, long size) {
    }

    /**
     * Writes a backup to {@code target}, replacing it only once complete (a failed backup leaves no half file).
     * The passphrase must be at least {@link Passphrases#MINIMUM} characters.
     */
    public Written write(Path target, char[] passphrase) {
        Passphrases.checkNew(passphrase);
        long started = System.nanoTime();
        Path file = target.toAbsolutePath().normalize();
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), ".kuzet-backup", ".tmp");
            byte[] keysetBefore = Files.readAllBytes(vault.keysetPath());
            BackupHeader header;
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                 EncryptedArchive.Writer archive = new EncryptedArchive.Writer(out, passphrase)) {
                header = writeContents(archive, keysetBefore);
                archive.close();
                channel.force(true);
            }
            moveInPlace(tmp, file);
            tmp = null;
            long size = Files.size(file);
            long rows = header.tables().stream().mapToLong(BackupHeader.Table::rows).sum();
            events.publishEvent(new AuditEvent(AUDIT_ACTION, null, null, Map.of("file", file.getFileName().toString(),
                    "size", size, "takenAt", header.takenAt().toString(), "rows", rows, "evidenceFiles", header.evidenceFiles(),
                    "schemaVersion", header.schemaVersion())));
            return new Written(file, size, header.takenAt(), rows, header.evidenceFiles(), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new BackupException("could not write the backup " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("could not read the database for the backup: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file starts with a dot and holds only ciphertext
                }
            }
        }
    }

    /** The newest backup in the audit trail, if any. */
    public Optional<Last> last() {
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, null, AUDIT_ACTION, null, null), 0, 1).items();
        return entries.stream().findFirst().map(e -> new Last(e.at(), e.details().path("file").asString(""),
                e.details().path("size").asLong(0)));
    }

    private BackupHeader writeContents(EncryptedArchive.Writer archive, byte[] keyset) throws SQLException, IOException {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            // One snapshot for every table; read-only, so it waits for no one and no one waits for it.
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                Snapshot.readEveryRow(c);
                Snapshot.fixFormats(c);
                Instant takenAt;
                try (var s = c.createStatement(); var r = s.executeQuery("select now()")) { // the snapshot's moment
                    r.next();
                    takenAt = r.getObject(1, java.time.OffsetDateTime.class).toInstant();
                }
                String schemaVersion = Snapshot.schemaVersion(c);
                List<String> tables = Snapshot.tablesInDependencyOrder(c);
                Map<String, Long> counts = Snapshot.counts(c, tables);
                List<Path> files = evidence.storedFiles(c);
                Optional<AuditHead> head = AuditHead.read(c);
                List<BackupHeader.Table> described = new ArrayList<>();
                Map<String, List<String>> columns = new LinkedHashMap<>();
                int n = 0;
                for (String t : tables) {
                    columns.put(t, Snapshot.columns(c, t));
                    described.add(new BackupHeader.Table(t, "tables/%03d-%s.copy".formatted(++n, t), columns.get(t), counts.get(t)));
                }
                BackupHeader header = new BackupHeader(BackupHeader.FORMAT, BackupHeader.FORMAT_VERSION, kuzetVersion(),
                        schemaVersion, takenAt, head.map(h -> new BackupHeader.Head(h.position(), h.at(), h.hash())).orElse(null),
                        BackupHeader.COPY_FORMAT, described, files.size(), true);
                archive.add(BackupHeader.ENTRY, out -> out.write(Json.MAPPER.writer().with(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(header)));
                archive.add(Restore.KEYSET_ENTRY, out -> out.write(keyset));
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (BackupHeader.Table t : described) {
                    archive.add(t.entry(), out -> {
                        try {
                            long rows = copy.copyOut("copy " + Snapshot.copyColumns(t.name(), t.columns()) + " to stdout", out);
                            if (rows != t.rows()) {
                                throw new BackupException("table " + t.name() + " gave " + rows + " rows, not the " + t.rows()
                                        + " its snapshot counted");
                            }
                        } catch (SQLException e) {
                            throw new IOException("could not copy table " + t.name() + ": " + e.getMessage(), e);
                        }
                    });
                }
                for (Path f : files) {
                    archive.add("evidence/" + f.getFileName(), out -> Files.copy(f, out));
                }
                List<BackupManifest.Sequence> sequences = Snapshot.sequences(c);
                if (!Arrays.equals(keyset, Files.readAllBytes(vault.keysetPath()))) {
                    throw new BackupException("the keys were rotated while the backup was taken; run the backup again");
                }
                BackupManifest manifest = new BackupManifest(archive.entries(), sequences);
                archive.add(BackupManifest.ENTRY, out -> out.write(Json.MAPPER.writer().with(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest)));
                return header;
            } finally {
                c.rollback();
            }
        }
    }

    static String kuzetVersion() {
        String v = Backups.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static void moveInPlace(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
