package org.kuzet.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * One file inside an OpenPGP message encrypted with a passphrase (RFC 4880: a symmetric-key session packet with an
 * iterated and salted SHA-256 S2K at the largest work factor, AES-256, integrity-protected data), so that
 * {@code gpg --decrypt} opens it without Kuzet: what backups are written in, and what an export is encrypted with.
 */
public final class PassphraseEncryption {

    /** The S2K work factor: 0xff, the largest RFC 4880 allows (about 65 million bytes hashed per try). */
    private static final int S2K_COUNT = 0xff;
    private static final int BUFFER = 1 << 16;

    private PassphraseEncryption() {
    }

    /**
     * Starts the message on {@code file}; what is written to the answer is the one file inside it, named
     * {@code name}. Closing the answer finishes the message and leaves {@code file} open. The passphrase must be one
     * {@link Passphrases#checkNew} accepts.
     */
    public static OutputStream encrypting(OutputStream file, char[] passphrase, String name) throws IOException {
        Passphrases.checkNew(passphrase);
        OutputStream encrypted;
        try {
            PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(
                    new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                            .setWithIntegrityPacket(true)
                            .setSecureRandom(new SecureRandom()));
            generator.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase,
                    new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256), S2K_COUNT));
            encrypted = generator.open(new FilterOutputStream(file) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller's file stays open
                }
            }, new byte[BUFFER]);
        } catch (PGPException e) {
            throw new IOException("cannot start the OpenPGP encryption: " + e.getMessage(), e);
        }
        OutputStream literal = new PGPLiteralDataGenerator().open(encrypted, PGPLiteralData.BINARY, name, new Date(),
                new byte[BUFFER]);
        return new FilterOutputStream(literal) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    literal.close();
                    encrypted.close();
                }
            }
        };
    }
}
