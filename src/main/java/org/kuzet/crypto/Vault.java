package org.kuzet.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Encrypts what must not be readable from a database dump or the file store alone: sensitive fields,
 * record history, evidence files. AES-256-GCM (Tink) under a keyset kept outside the database
 * ({@link KeysetFile}).
 *
 * <p>Every value is sealed for a context, e.g. {@code person.address:42}: the context is authenticated
 * associated data, so a ciphertext copied into another row or column does not open.
 */
@Service
public class Vault {

    private final KeysetFile keysetFile;
    private volatile Aead aead;

    Vault(@Value("${kuzet.keyset:}") String keysetPath, @Value("${kuzet.data-dir:./kuzet-data}") Path dataDir) {
        this.keysetFile = new KeysetFile(keysetPath.isBlank()
                ? dataDir.toAbsolutePath().normalize().resolve("secrets").resolve("keyset.json")
                : Path.of(keysetPath).toAbsolutePath().normalize());
        use(keysetFile.loadOrCreate());
    }

    public byte[] seal(byte[] plaintext, String context) {
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt " + context, e);
        }
    }

    public byte[] open(byte[] ciphertext, String context) {
        try {
            return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
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

    /** Where the keyset lives (for messages and {@code kuzet keys}). */
    public Path keysetPath() {
        return keysetFile.path();
    }

    KeysetFile keysetFile() {
        return keysetFile;
    }

    /** Switches to {@code keyset}, whose primary key seals from now on; every key in it still opens. */
    void use(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the keyset " + keysetFile.path() + " holds no AES-GCM key", e);
        }
    }
}
