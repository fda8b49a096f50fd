package org.kuzet.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.kuzet.crypto.SealedColumn;
import org.kuzet.crypto.SealedFiles;
import org.kuzet.crypto.Vault;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.source.SourceDocument;
import org.kuzet.source.Sources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files attached to sources, kept as a chain of custody: the SHA-256 of the bytes as received is stored
 * and shown, the bytes are sealed by the {@link Vault} into {@code <evidence dir>/<id>.sealed} (the file's id as
 * context, so files cannot be swapped), every upload and download is audited, and a download whose bytes no
 * longer match their SHA-256 is refused. Files are immutable.
 *
 * <p>Why the vault and not a streaming AEAD: one keyset and one rotation for every sealed value, and a download
 * is checked whole before its first byte leaves (a stream would send bytes before it could know they are
 * tampered). The size limit (50 MB by default) keeps a file in memory affordable.
 */
@Service
public class EvidenceFiles implements SealedFiles {

    static final SealedColumn FILE_NAME = new SealedColumn("evidence_file", "id", "file_name");
    private static final int NAME_LENGTH = 255;
    private static final String SUFFIX = ".sealed";

    private final JdbcClient db;
    private final Vault vault;
    private final Sources sources;
    private final ApplicationEventPublisher events;
    private final Path dir;
    private final DataSize maxSize;

    EvidenceFiles(JdbcClient db, Vault vault, Sources sources, ApplicationEventPublisher events,
                  @Value("${kuzet.evidence.dir:}") String evidenceDir, @Value("${kuzet.data-dir:./kuzet-data}") Path dataDir,
                  @Value("${kuzet.evidence.max-size:50MB}") DataSize maxSize) {
        this.db = db;
        this.vault = vault;
        this.sources = sources;
        this.events = events;
        this.dir = (evidenceDir.isBlank() ? dataDir.resolve("evidence") : Path.of(evidenceDir)).toAbsolutePath().normalize();
        this.maxSize = maxSize;
    }

    /** A file as downloaded: its listing and its bytes, checked against the SHA-256 taken at upload. */
    public record Download(EvidenceFile file, byte[] bytes) {

        /**
         * The response that hands the file over as an attachment (never shown inline, whatever it claims to be),
         * not kept by caches, with the SHA-256 taken at upload for the receiver's own check.
         */
        public ResponseEntity<byte[]> asAttachment() {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType(file.contentType()));
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(file.fileName(), StandardCharsets.UTF_8).build());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.setCacheControl("no-store");
            headers.set("X-Evidence-SHA256", file.sha256());
            return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
        }
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** Attaches a file to the source {@code sourceRef}; the name and the declared type are the uploader's. */
    @Transactional
    public EvidenceFile upload(String sourceRef, String fileName, String declaredType, InputStream content) {
        SourceDocument source = source(sourceRef);
        String name = checkedName(fileName);
        Received received = receive(content);
        String contentType = ContentTypes.check(received.bytes, declaredType);
        long id = db.sql("select nextval(pg_get_serial_sequence('evidence_file', 'id'))").query(Long.class).single();
        db.sql("""
                insert into evidence_file (id, source_id, file_name, content_type, size, sha256, uploaded_by)
                overriding system value values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, source.id(), vault.sealText(name, FILE_NAME.context(id)), contentType, received.bytes.length,
                        received.sha256, Actor.current().userId())
                .update();
        Path path = write(id, vault.seal(received.bytes, contentContext(id)));
        // The row and the file stand or fall together: a rolled back upload leaves no file behind.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(path);
                }
            }
        });
        events.publishEvent(new AuditEvent("evidence_uploaded", "source", source.key(), Map.of("fileId", id,
                "sha256", received.sha256, "size", received.bytes.length, "contentType", contentType)));
        return find(source, id);
    }

    /** The files of the source, oldest first. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> list(String sourceRef) {
        SourceDocument source = source(sourceRef);
        return select("where f.source_id = ? order by f.id").param(source.id()).query(this::row).list();
    }

    /** The file with its bytes; audited. Refused if the bytes no longer match the SHA-256 taken at upload. */
    @Transactional
    public Download download(String sourceRef, long id) {
        SourceDocument source = source(sourceRef);
        EvidenceFile file = find(source, id);
        byte[] bytes;
        try {
            bytes = vault.open(Files.readAllBytes(pathOf(id)), contentContext(id));
        } catch (IOException | IllegalStateException e) {
            throw new EvidenceTamperedException(id, "its sealed file cannot be read or opened (" + e.getMessage() + ")");
        }
        String sha256 = sha256(bytes);
        if (!sha256.equals(file.sha256())) {
            throw new EvidenceTamperedException(id, "its bytes have SHA-256 " + sha256 + ", not " + file.sha256());
        }
        events.publishEvent(new AuditEvent("evidence_downloaded", "source", source.key(), Map.of("fileId", id,
                "sha256", file.sha256())));
        return new Download(file, bytes);
    }

    /**
     * The sealed file of every evidence row that {@code snapshot} sees, in the order of their ids: what a backup taken
     * in that connection's transaction must carry. Files are written before their row commits and never change but
     * by key rotation, so each of them exists.
     */
    public List<Path> storedFiles(java.sql.Connection snapshot) throws java.sql.SQLException {
        List<Path> files = new java.util.ArrayList<>();
        try (var select = snapshot.prepareStatement("select id from evidence_file order by id");
             var rows = select.executeQuery()) {
            while (rows.next()) {
                files.add(pathOf(rows.getLong(1)));
            }
        }
        return files;
    }

    /** Where the sealed files are kept ({@code kuzet.evidence.dir}, by default {@code <data-dir>/evidence}). */
    public Path directory() {
        return dir;
    }

    @Override
    public String name() {
        return "evidence files";
    }

    @Override
    public long resealAll() {
        long count = 0;
        for (Path path : sealedFiles()) {
            long id = idOf(path);
            try {
                byte[] resealed = vault.reseal(Files.readAllBytes(path), contentContext(id));
                if (resealed != null) {
                    write(id, resealed);
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot re-encrypt " + path, e);
            }
        }
        return count;
    }

    @Override
    public long sealedByOtherKeys() {
        byte[] prefix = vault.primaryPrefix();
        long count = 0;
        for (Path path : sealedFiles()) {
            try (InputStream in = Files.newInputStream(path)) {
                if (!Arrays.equals(in.readNBytes(prefix.length), prefix)) {
                    count++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return count;
    }

    private SourceDocument source(String ref) {
        return sources.find(ref).orElseThrow(() -> new RecordNotFoundException("source", ref));
    }

    private EvidenceFile find(SourceDocument source, long id) {
        return select("where f.id = ? and f.source_id = ?").params(id, source.id()).query(this::row).optional()
                .orElseThrow(() -> new RecordNotFoundException("evidence file", Long.toString(id)));
    }

    private JdbcClient.StatementSpec select(String where) {
        return db.sql("""
                select f.id, f.file_name, f.content_type, f.size, f.sha256, u.username, f.uploaded_at
                from evidence_file f left join app_user u on u.id = f.uploaded_by
                """ + where);
    }

    private EvidenceFile row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new EvidenceFile(id, vault.openText(rs.getBytes("file_name"), FILE_NAME.context(id)),
                rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"), rs.getString("username"),
                rs.getObject("uploaded_at", OffsetDateTime.class));
    }

    private static String checkedName(String fileName) {
        // Only the last part of a path: the name is shown and offered for download, never used as a path.
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("file", "is required: a file with a name");
        }
        if (name.length() > NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("file", "the file name must be at most " + NAME_LENGTH
                    + " characters without control characters");
        }
        return name;
    }

    private record Received(byte[] bytes, String sha256) {
    }

    /** Reads the upload, hashing as it goes, and stops at the size limit. */
    private Received receive(InputStream content) {
        MessageDigest digest = sha256Digest();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try (content) {
            int n;
            while ((n = content.read(buffer)) != -1) {
                if (bytes.size() + (long) n > maxSize.toBytes()) {
                    throw new EvidenceTooLargeException(maxSize);
                }
                digest.update(buffer, 0, n);
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive the file", e);
        }
        if (bytes.size() == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        return new Received(bytes.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String contentContext(long id) {
        return "evidence_file.content:" + id;
    }

    private Path pathOf(long id) {
        return dir.resolve(id + SUFFIX);
    }

    private static long idOf(Path path) {
        String name = path.getFileName().toString();
        return Long.parseLong(name.substring(0, name.length() - SUFFIX.length()));
    }

    private List<Path> sealedFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "[0-9]*" + SUFFIX)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Writes beside the target, forces it to disk, then moves it into place: never half a file. */
    private Path write(long id, byte[] sealed) {
        Path path = pathOf(id);
        try {
            Files.createDirectories(dir);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Path temporary = Files.createTempFile(dir, "upload", ".tmp");
            Files.write(temporary, sealed);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence file " + id + " in " + dir, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // an orphaned sealed file is unreadable without its row's name and is harmless
        }
    }
}
