package org.kuzet.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.stereotype.Service;

/**
 * Encrypts what must not be readable from a database dump or the file store alone: sensitive fields,
 * record history, evidence files. AES-256-GCM (Tink) under a keyset kept outside the database
 * ({@link KeysetFile}).
 *
 * <p>Every value is sealed for a context, e.g. {@code person_private.address:42}: the context is authenticated
 * associated data, so a ciphertext copied into another row or column does not open.
 *
 * <p>On start the vault checks the keyset against the database ({@link VaultCheck}): a missing or foreign keyset
 * stops the application with a message naming the keyset path, rather than sealing new values that nothing could
 * open together with the old ones. It follows the keyset file: after {@code kuzet keys rotate} in another process
 * it seals with the new primary key.
 */
@Service
public class Vault {

    /** Tink's ciphertexts start with a version byte and the 4-byte id of the key that sealed them. */
    private static final int PREFIX = 5;

    private final KeysetFile keysetFile;
    private volatile Loaded loaded;

    private record Loaded(KeysetHandle keyset, Aead aead, FileTime writtenAt) {
    }

    @Autowired
    Vault(@Value("${kuzet.keyset:}") String keysetPath, @Value("${kuzet.data-dir:./kuzet-data}") Path dataDir,
          @FlywayDataSource DataSource owner) {
        this(new KeysetFile(keysetPath.isBlank()
                ? dataDir.toAbsolutePath().normalize().resolve("secrets").resolve("keyset.json")
                : Path.of(keysetPath).toAbsolutePath().normalize()), new VaultCheck(owner));
    }

    Vault(KeysetFile keysetFile, VaultCheck check) {
        this.keysetFile = keysetFile;
        byte[] sealedCheck = check.read().orElse(null);
        if (!keysetFile.exists()) {
            if (sealedCheck != null) {
                throw new IllegalStateException("There is no keyset at " + keysetFile.path() + ", but this database "
                        + "holds values sealed with a keyset. Restore the keyset file from your backup to that path "
                        + "(or point kuzet.keyset at it); a new keyset could never open them, so none is created.");
            }
            keysetFile.create();
        }
        reload();
        if (sealedCheck != null) {
            try {
                loaded.aead.decrypt(sealedCheck, VaultCheck.COLUMN.context(VaultCheck.ID).getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The keyset at " + keysetFile.path() + " does not open the values "
                        + "sealed in this database: it is not the keyset they were sealed with. Restore the right keyset "
                        + "file from your backup (or point kuzet.keyset at it).", e);
            }
        } else {
            check.write(seal(VaultCheck.VALUE, VaultCheck.COLUMN.context(VaultCheck.ID)));
        }
        check.recordKey(primaryKeyId());
    }

    public byte[] seal(byte[] plaintext, String context) {
        try {
            return current().aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt " + context, e);
        }
    }

    public byte[] open(byte[] ciphertext, String context) {
        byte[] associated = context.getBytes(StandardCharsets.UTF_8);
        Loaded before = current();
        try {
            return before.aead.decrypt(ciphertext, associated);
        } catch (GeneralSecurityException e) {
            // Another process may have rotated the keys since this one last looked at the file.
            Loaded now = reloadIfChanged(before);
            if (now != before) {
                try {
                    return now.aead.decrypt(ciphertext, associated);
                } catch (GeneralSecurityException ignored) {
                    // the same answer as below
                }
            }
            throw new IllegalStateException("cannot decrypt " + context
                    + ": the keyset does not match the data, or the value was tampered with", e);
        }
    }

    /** {@link #seal} for text; null stays null. */
    public byte[] sealText(String plaintext, String context) {
        return plaintext == null ? null : seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** {@link #open} for text; null stays null. */
    public String openText(byte[] ciphertext, String context) {
        return ciphertext == null ? null : new String(open(ciphertext, context), StandardCharsets.UTF_8);
    }

    /**
     * Seals the value again with the primary key if another key sealed it; answers the new ciphertext, or null when
     * the primary key sealed it already (nothing to write).
     */
    public byte[] reseal(byte[] ciphertext, String context) {
        if (sealedByPrimary(ciphertext)) {
            return null;
        }
        return seal(open(ciphertext, context), context);
    }

    /** Whether the primary key sealed {@code ciphertext} (read from its prefix, without opening it). */
    public boolean sealedByPrimary(byte[] ciphertext) {
        return ciphertext.length >= PREFIX
                && Arrays.equals(ciphertext, 0, PREFIX, primaryPrefix(), 0, PREFIX);
    }

    /** The first bytes of every ciphertext the primary key seals (Tink's version byte and the key id). */
    public byte[] primaryPrefix() {
        return ByteBuffer.allocate(PREFIX).put((byte) 1).putInt((int) primaryKeyId()).array();
    }

    /** Where the keyset lives (for messages and {@code kuzet keys}). */
    public Path keysetPath() {
        return keysetFile.path();
    }

    /** The id of the key that seals new values. */
    public long primaryKeyId() {
        return Integer.toUnsignedLong(current().keyset.getPrimary().getId());
    }

    /** The ids of every key in the keyset, each of which opens what it sealed. */
    public List<Long> keyIds() {
        KeysetHandle keyset = current().keyset;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
        }
        return ids;
    }

    KeysetFile keysetFile() {
        return keysetFile;
    }

    KeysetHandle keyset() {
        return current().keyset;
    }

    /** Writes {@code keyset} to the file and switches to it: its primary key seals from now on. */
    synchronized void replace(KeysetHandle keyset) {
        keysetFile.write(keyset);
        reload();
    }

    private Loaded current() {
        Loaded now = loaded;
        return reloadIfChanged(now);
    }

    private Loaded reloadIfChanged(Loaded before) {
        if (keysetFile.exists() && !Objects.equals(keysetFile.lastModified(), before.writtenAt)) {
            synchronized (this) {
                if (loaded == before) {
                    reload();
                }
            }
        }
        return loaded;
    }

    private synchronized void reload() {
        FileTime writtenAt = keysetFile.lastModified();
        KeysetHandle keyset = keysetFile.load();
        try {
            loaded = new Loaded(keyset, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class), writtenAt);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset " + keysetFile.path() + " holds no AES-GCM key", e);
        }
    }
}
