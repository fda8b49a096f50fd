package org.kuzet.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * The keyset file: Tink's JSON keyset, readable by the owner only (0600, in a 0700 folder). It is created on
 * first start; losing it loses every encrypted value, so it belongs in the backup, apart from the database.
 */
final class KeysetFile {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path path;

    KeysetFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    /** A new keyset with one AES-256-GCM key, written to the file. */
    KeysetHandle create() {
        try {
            KeysetHandle fresh = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            write(fresh);
            return fresh;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a keyset", e);
        }
    }

    /** When the file was last written, so that a process notices a rotation done by another one. */
    FileTime lastModified() {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keyset " + path, e);
        }
    }

    KeysetHandle load() {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(path), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the keyset " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset " + path + " is not a valid Tink JSON keyset", e);
        }
    }

    /** Replaces the file atomically, so that a crash leaves the old keyset or the new one, never half of one. */
    void write(KeysetHandle keyset) {
        try {
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            Path dir = path.getParent();
            Files.createDirectories(dir);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            Path temporary = Files.createTempFile(dir, "keyset", ".tmp");
            if (posix) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temporary, json);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the old keyset
            }
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the keyset " + path, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialise the keyset", e);
        }
    }
}
