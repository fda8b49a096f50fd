package org.kuzet.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.kuzet.audit.AuditHead;
import org.kuzet.shared.Json;
import org.kuzet.storage.DatabaseServer;
import org.postgresql.PGConnection;

/**
 * Puts a backup back: the schema built by the same migrations up to the backup's version, every table loaded
 * with COPY in one transaction (with the tables' own triggers off, so that loading rows writes no history, audit
 * or bookkeeping of its own), every sequence set to its backed-up state, then the evidence files and the keyset.
 * Runs without the application, on the database server and folders it is given.
 *
 * <p>The target must be empty (no table in the schema, no evidence file, no other keyset), unless {@code replace}
 * is asked: then the record there is replaced, and its evidence folder and keyset are kept aside. The replaced
 * record stays whole until the backup has loaded, so a restore that fails part way leaves it as it was. A record whose
 * audit trail goes on after the backup's (its last entry is later) is newer than the backup; replacing it needs
 * {@code force} as well.
 */
public final class Restore {

    static final String KEYSET_ENTRY = "secrets/keyset.json";
    private static final String MIGRATIONS = "classpath:db/migration";

    private Restore() {
    }

    /**
     * Where the record goes: the database server, the keyset's path, the evidence folder, and how to build the schema
     * there up to a version (the application's migrations, some of which need the keyset, which is in place by then).
     */
    public record Target(DatabaseServer server, Path keyset, Path evidenceDir, SchemaBuilder schema) {
    }

    /** Builds the schema with the application's migrations up to {@code version}. */
    @FunctionalInterface
    public interface SchemaBuilder {
        void migrateTo(String version);
    }

    /** What was restored. */
    public record Restored(Instant takenAt, String schemaVersion, long rows, int evidenceFiles, Duration took,
                           Optional<Path> keptAside) {
    }

    /**
     * Reads the backup's header only (after checking the passphrase), for the checks before anything is touched.
     */
    static BackupHeader header(Path file, char[] passphrase) throws IOException {
        try (EncryptedArchive.Reader reader = open(file, passphrase)) {
            return readHeader(reader);
        }
    }

    /**
     * Checks that {@code passphrase} opens the backup and that it is a Kuzet backup, before any folder or server
     * is touched; answers the moment of its snapshot.
     */
    public static Instant check(Path file, char[] passphrase) {
        try {
            return header(file, passphrase).takenAt();
        } catch (IOException e) {
            throw new BackupException("could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Restored restore(Path file, char[] passphrase, Target target, boolean replace, boolean force) {
        long started = System.nanoTime();
        if (passphrase == null || passphrase.length == 0) {
            throw new BackupException("the backup passphrase is empty");
        }
        try {
            BackupHeader header = header(file, passphrase); // a wrong passphrase stops here, before anything is written
            DatabaseServer server = target.server();
            try (Connection c = DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword())) {
                Flyway flyway = Flyway.configure().dataSource(server.url(), server.ownerUser(), server.ownerPassword())
                        .locations(MIGRATIONS).placeholders(Map.of("appRole", server.appUser())).load();
                checkSchemaKnown(flyway, header);
                if (!Snapshot.hasTables(c)) {
                    checkFoldersEmpty(target, file, passphrase);
                    Loaded loaded = migrateAndLoad(c, file, passphrase, header, target);
                    return new Restored(header.takenAt(), header.schemaVersion(), loaded.rows, loaded.files,
                            Duration.ofNanos(System.nanoTime() - started), Optional.empty());
                }
                if (!replace) {
                    throw new BackupException("the record there is not empty: restore into a new data folder (or an empty "
                            + "database), or add --replace to replace this record with the backup");
                }
                checkNotNewer(c, header, force);
                checkNothingAside(c);
                verify(file, passphrase); // the whole backup reads and checks before the record is touched
                Replaced replaced = Replaced.setAside(c, target);
                // said before the load, so that an operator whose restore is killed knows where the record is
                System.err.println("The record being replaced is kept whole until the backup is in: its tables in the "
                        + "schema " + replaced.schema() + ", its evidence files and keyset in " + replaced.folder()
                        + ". Should this restore be interrupted, kuzet restore --put-back gives it back.");
                Loaded loaded;
                try {
                    loaded = migrateAndLoad(c, file, passphrase, header, target);
                } catch (IOException | SQLException | RuntimeException e) {
                    try {
                        replaced.putBack(c, target);
                    } catch (IOException | SQLException | RuntimeException notPutBack) {
                        throw new BackupException("could not restore " + file + ": " + e.getMessage() + "; putting the "
                                + "replaced record back failed too (" + notPutBack.getMessage() + "): its tables are in the "
                                + "schema " + replaced.schema() + ", its evidence files and keyset in " + replaced.folder(), e);
                    }
                    throw new BackupException("could not restore " + file + ": " + e.getMessage()
                            + "; the record that was there is back as it was", e);
                }
                try {
                    replaced.dropSchema(c);
                } catch (SQLException e) {
                    // the backup is in and live: say what is left, do not call the restore a failure
                    System.err.println("Restored, but the replaced record's tables could not be dropped (" + e.getMessage()
                            + "): drop the schema " + replaced.schema() + " by hand once you no longer need it");
                }
                return new Restored(header.takenAt(), header.schemaVersion(), loaded.rows, loaded.files,
                        Duration.ofNanos(System.nanoTime() - started), Optional.of(replaced.folder()));
            }
        } catch (IOException e) {
            throw new BackupException("could not restore " + file + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("could not restore " + file + " into the database: " + e.getMessage(), e);
        }
    }

    private record Loaded(long rows, int files) {
    }

    private static Loaded migrateAndLoad(Connection c, Path file, char[] passphrase, BackupHeader header, Target target)
            throws IOException, SQLException {
        writeKeyset(target.keyset(), keysetOf(file, passphrase));
        target.schema().migrateTo(header.schemaVersion());
        return load(c, file, passphrase, header, target);
    }

    /**
     * Gives back the record a {@code restore --replace} was replacing when it was interrupted (killed, the machine
     * stopped): the schema it was renamed to, with the extensions, and the evidence folder and keyset kept beside the
     * evidence folder. What the interrupted restore had loaded is dropped. Answers the schema put back, or nothing
     * when no restore was interrupted.
     */
    public static Optional<String> putBackInterrupted(Target target) {
        DatabaseServer server = target.server();
        try (Connection c = DriverManager.getConnection(server.url(), server.ownerUser(), server.ownerPassword())) {
            List<String> aside = schemasAside(c);
            if (aside.isEmpty()) {
                return Optional.empty();
            }
            if (aside.size() > 1) {
                throw new BackupException("more than one replaced record is kept aside (" + String.join(", ", aside)
                        + "): put back the one you want by hand");
            }
            String schema = aside.getFirst();
            List<String> extensions = new ArrayList<>();
            try (var s = c.createStatement(); var r = s.executeQuery("select e.extname from pg_extension e "
                    + "join pg_namespace n on n.oid = e.extnamespace where n.nspname = 'public' order by 1")) {
                while (r.next()) {
                    extensions.add(r.getString(1));
                }
            }
            String stamp = schema.substring(Replaced.SCHEMA_PREFIX.length()).toUpperCase(java.util.Locale.ROOT);
            Path folder = target.evidenceDir().toAbsolutePath().normalize().resolveSibling("replaced-" + stamp);
            new Replaced(schema, extensions, folder).putBack(c, target);
            return Optional.of(schema);
        } catch (IOException e) {
            throw new BackupException("could not put the replaced record back: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("could not put the replaced record back into the database: " + e.getMessage(), e);
        }
    }

    private static List<String> schemasAside(Connection c) throws SQLException {
        List<String> aside = new ArrayList<>();
        try (var s = c.createStatement(); var r = s.executeQuery("select nspname from pg_namespace "
                + "where nspname like 'kuzet\\_replaced\\_%' order by 1")) {
            while (r.next()) {
                aside.add(r.getString(1));
            }
        }
        return aside;
    }

    /** Refuses to set a record aside while an interrupted restore's is still there. */
    private static void checkNothingAside(Connection c) throws SQLException {
        List<String> aside = schemasAside(c);
        if (!aside.isEmpty()) {
            throw new BackupException("an interrupted restore left a replaced record in the schema " + aside.getFirst()
                    + ": run kuzet restore --put-back first to give it back");
        }
    }

    /**
     * The record being replaced, kept whole until the backup is in: its schema renamed (with the extensions it uses
     * moved to the new, empty public schema, since an extension lives in one schema of the database), its evidence
     * folder and keyset moved to a folder beside the evidence folder. If the restore fails, {@link #putBack} gives
     * it back exactly as it was; once the backup has loaded, {@link #dropSchema} drops the old schema and the folder
     * stays, as the operator is told.
     */
    record Replaced(String schema, List<String> extensions, Path folder) {

        static final String SCHEMA_PREFIX = "kuzet_replaced_";

        static Replaced setAside(Connection c, Target target) throws IOException, SQLException {
            String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
            String schema = SCHEMA_PREFIX + stamp.toLowerCase(java.util.Locale.ROOT);
            List<String> extensions = new ArrayList<>();
            inOneTransaction(c, () -> {
                try (var s = c.createStatement()) {
                    try (var r = s.executeQuery("select e.extname from pg_extension e join pg_namespace n "
                            + "on n.oid = e.extnamespace where n.nspname = 'public' order by 1")) {
                        while (r.next()) {
                            extensions.add(r.getString(1));
                        }
                    }
                    s.execute("alter schema public rename to " + schema);
                    s.execute("create schema public");
                    for (String extension : extensions) {
                        s.execute("alter extension " + Snapshot.quote(extension) + " set schema public");
                    }
                }
            });
            Replaced replaced = new Replaced(schema, extensions,
                    target.evidenceDir().toAbsolutePath().normalize().resolveSibling("replaced-" + stamp));
            try {
                Files.createDirectories(replaced.folder());
                if (Files.exists(target.evidenceDir())) {
                    move(target.evidenceDir(), replaced.folder().resolve("evidence"));
                }
                if (Files.exists(target.keyset())) {
                    move(target.keyset(), replaced.folder().resolve("keyset.json"));
                }
            } catch (IOException e) {
                replaced.putBack(c, target);
                throw e;
            }
            return replaced;
        }

        /** Drops what the failed restore built and gives the replaced record its schema, files and keyset back. */
        void putBack(Connection c, Target target) throws IOException, SQLException {
            inOneTransaction(c, () -> {
                try (var s = c.createStatement()) {
                    for (String extension : extensions) {
                        s.execute("alter extension " + Snapshot.quote(extension) + " set schema " + schema);
                    }
                    s.execute("drop schema public cascade");
                    s.execute("alter schema " + schema + " rename to public");
                }
            });
            // only what was moved aside is put back, so that nothing of the record's own is ever deleted here
            if (Files.exists(folder.resolve("evidence"))) {
                deleteTree(target.evidenceDir());
                move(folder.resolve("evidence"), target.evidenceDir());
            }
            if (Files.exists(folder.resolve("keyset.json"))) {
                Files.deleteIfExists(target.keyset());
                move(folder.resolve("keyset.json"), target.keyset());
            }
            Files.deleteIfExists(folder);
        }

        void dropSchema(Connection c) throws SQLException {
            inOneTransaction(c, () -> {
                try (var s = c.createStatement()) {
                    s.execute("drop schema " + schema + " cascade");
                }
            });
        }
    }

    @FunctionalInterface
    private interface SqlSteps {
        void run() throws SQLException;
    }

    private static void inOneTransaction(Connection c, SqlSteps steps) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback(); // what a failed load left open
        }
        c.setAutoCommit(false);
        try {
            steps.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Loads the tables in one transaction, then puts the files in place once it has committed. */
    private static Loaded load(Connection c, Path file, char[] passphrase, BackupHeader header, Target target)
            throws IOException, SQLException {
        Path evidenceDir = target.evidenceDir().toAbsolutePath().normalize();
        Files.createDirectories(evidenceDir);
        Path incoming = Files.createTempDirectory(evidenceDir, ".restoring");
        long rows = 0;
        int files = 0;
        try (EncryptedArchive.Reader reader = open(file, passphrase)) {
            List<EncryptedArchive.Entry> read = new ArrayList<>();
            String name = reader.next();
            read.add(reader.content().entry(name)); // the header, read before
            name = reader.next();
            read.add(reader.content().entry(name)); // the keyset, in place already
            c.setAutoCommit(false);
            Snapshot.fixFormats(c);
            List<String> tables = header.tables().stream().map(BackupHeader.Table::name).toList();
            Snapshot.Lifted lifted = Snapshot.liftForLoad(c, tables);
            String all = String.join(", ", tables.stream().map(t -> "public." + Snapshot.quote(t)).toList());
            try (var s = c.createStatement()) {
                for (String t : tables) {
                    s.execute("alter table public." + Snapshot.quote(t) + " disable trigger user");
                }
                s.execute("truncate " + all); // what the migrations seeded; the backup has it all
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (BackupHeader.Table t : header.tables()) {
                name = reader.next();
                if (!t.entry().equals(name)) {
                    throw new BackupException("the backup is not in order: expected " + t.entry() + ", found " + name);
                }
                EncryptedArchive.Digested in = reader.content();
                long copied = copy.copyIn("copy " + Snapshot.copyColumns(t.name(), t.columns()) + " from stdin", in);
                if (copied != t.rows()) {
                    throw new BackupException("table " + t.name() + " holds " + copied + " rows in the backup, not the "
                            + t.rows() + " its header counts");
                }
                rows += copied;
                read.add(in.entry(name));
            }
            BackupManifest manifest = null;
            while ((name = reader.next()) != null) {
                EncryptedArchive.Digested in = reader.content();
                if (name.startsWith("evidence/")) {
                    String fileName = name.substring("evidence/".length());
                    if (fileName.isEmpty() || fileName.contains("/") || fileName.startsWith(".")) {
                        throw new BackupException("the backup names an evidence file oddly: " + name);
                    }
                    Files.copy(in, incoming.resolve(fileName));
                    files++;
                    read.add(in.entry(name));
                } else if (name.equals(BackupManifest.ENTRY)) {
                    manifest = Json.MAPPER.readValue(in.readAllBytes(), BackupManifest.class);
                } else {
                    throw new BackupException("the backup holds an entry Kuzet does not know: " + name);
                }
            }
            reader.finish(); // the OpenPGP integrity check over everything read
            if (manifest == null) {
                throw new BackupException("the backup is incomplete: it has no manifest");
            }
            if (!manifest.entries().equals(read)) {
                throw new BackupException("the backup's entries do not match its manifest (sizes or SHA-256 differ)");
            }
            if (files != header.evidenceFiles()) {
                throw new BackupException("the backup holds " + files + " evidence files, not the " + header.evidenceFiles()
                        + " its header counts");
            }
            try (var s = c.createStatement()) {
                for (String t : tables) {
                    s.execute("alter table public." + Snapshot.quote(t) + " enable trigger user");
                }
            }
            Snapshot.putBackAfterLoad(c, lifted);
            for (BackupManifest.Sequence q : manifest.sequences()) {
                try (var s = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    s.setString(1, "public." + Snapshot.quote(q.name()));
                    s.setLong(2, q.lastValue());
                    s.setBoolean(3, q.called());
                    s.execute();
                }
            }
            c.commit();
        } catch (IOException | SQLException | RuntimeException e) {
            c.rollback();
            deleteTree(incoming);
            throw e;
        }
        try (DirectoryStream<Path> restored = Files.newDirectoryStream(incoming)) {
            for (Path f : restored) {
                move(f, evidenceDir.resolve(f.getFileName()));
            }
        }
        Files.delete(incoming);
        return new Loaded(rows, files);
    }

    private static EncryptedArchive.Reader open(Path file, char[] passphrase) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("there is no backup file " + file);
        }
        return new EncryptedArchive.Reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), passphrase);
    }

    private static BackupHeader readHeader(EncryptedArchive.Reader reader) throws IOException {
        String first = reader.next();
        if (!BackupHeader.ENTRY.equals(first)) {
            throw new BackupException("this is not a Kuzet backup: it does not start with " + BackupHeader.ENTRY);
        }
        BackupHeader header;
        try {
            header = Json.MAPPER.readValue(reader.content().readAllBytes(), BackupHeader.class);
        } catch (RuntimeException e) {
            throw new BackupException("this backup's header cannot be read: " + e.getMessage());
        }
        if (!BackupHeader.FORMAT.equals(header.format()) || header.formatVersion() != BackupHeader.FORMAT_VERSION) {
            throw new BackupException("this backup's layout (" + header.format() + " " + header.formatVersion()
                    + ") is not one this Kuzet reads (" + BackupHeader.FORMAT + " " + BackupHeader.FORMAT_VERSION + ")");
        }
        return header;
    }

    /** The keyset, the entry after the header. */
    private static byte[] keysetOf(Path file, char[] passphrase) throws IOException {
        try (EncryptedArchive.Reader reader = open(file, passphrase)) {
            readHeader(reader);
            if (!KEYSET_ENTRY.equals(reader.next())) {
                throw new BackupException("this backup holds no keyset after its header");
            }
            return reader.content().readAllBytes();
        }
    }

    /** Reads the whole backup once and checks it, writing nothing. */
    private static void verify(Path file, char[] passphrase) throws IOException {
        try (EncryptedArchive.Reader reader = open(file, passphrase)) {
            List<EncryptedArchive.Entry> read = new ArrayList<>();
            BackupManifest manifest = null;
            String name;
            while ((name = reader.next()) != null) {
                EncryptedArchive.Digested in = reader.content();
                if (name.equals(BackupManifest.ENTRY)) {
                    manifest = Json.MAPPER.readValue(in.readAllBytes(), BackupManifest.class);
                } else {
                    read.add(in.entry(name));
                }
            }
            reader.finish();
            if (manifest == null || !manifest.entries().equals(read)) {
                throw new BackupException("the backup is damaged: its entries do not match its manifest; nothing was changed");
            }
        }
    }

    private static void checkSchemaKnown(Flyway flyway, BackupHeader header) {
        MigrationVersion wanted = MigrationVersion.fromVersion(header.schemaVersion());
        MigrationVersion known = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        if (wanted.compareTo(known) > 0) {
            throw new BackupException("this backup comes from a newer Kuzet (database schema " + header.schemaVersion()
                    + "; this Kuzet knows up to " + known + "): restore it with that version of Kuzet or a later one");
        }
    }

    /** Refuses to replace a record that went on after the backup was taken, unless forced. */
    private static void checkNotNewer(Connection c, BackupHeader header, boolean force) throws SQLException {
        Optional<AuditHead> current;
        try (var s = c.createStatement()) {
            c.setAutoCommit(false);
            Snapshot.readEveryRow(c);
            current = AuditHead.read(c);
            c.rollback();
            c.setAutoCommit(true);
        }
        if (current.isEmpty() || force) {
            return;
        }
        BackupHeader.Head backed = header.auditHead();
        AuditHead now = current.get();
        boolean newer = backed == null || now.at().isAfter(backed.at())
                || (now.at().equals(backed.at()) && now.position() > backed.position());
        if (newer) {
            throw new BackupException("the record there is newer than the backup: its audit trail goes on to entry "
                    + now.position() + " at " + now.at() + ", the backup's ends at "
                    + (backed == null ? "no entry" : "entry " + backed.position() + " at " + backed.at())
                    + ". Restoring would lose what was done since; add --force to do it all the same");
        }
    }

    private static void checkFoldersEmpty(Target target, Path file, char[] passphrase) throws IOException {
        Path evidenceDir = target.evidenceDir();
        if (Files.isDirectory(evidenceDir)) {
            try (DirectoryStream<Path> any = Files.newDirectoryStream(evidenceDir, "[!.]*")) {
                if (any.iterator().hasNext()) {
                    throw new BackupException("the evidence folder " + evidenceDir + " is not empty; restore into a new "
                            + "data folder, or add --replace");
                }
            }
        }
        if (Files.exists(target.keyset())) {
            throw new BackupException("there is a keyset at " + target.keyset() + " already; restore into a new data "
                    + "folder, or add --replace (the keyset there is kept aside)");
        }
    }

    private static void writeKeyset(Path path, byte[] keyset) throws IOException {
        Path dir = path.toAbsolutePath().normalize().getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        Path tmp = Files.createTempFile(dir, "keyset", ".tmp");
        if (posix) {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        }
        Files.write(tmp, keyset);
        move(tmp, path);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a folder starting with a dot, ignored by Kuzet
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}
