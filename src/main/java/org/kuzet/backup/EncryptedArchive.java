package org.kuzet.backup;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPPBEEncryptedData;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPBEDataDecryptorFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * A ZIP archive inside an OpenPGP message encrypted with a passphrase (RFC 4880: a symmetric-key session packet with
 * an iterated and salted SHA-256 S2K, AES-256, integrity-protected data with its modification detection code), so
 * that {@code gpg --decrypt} opens it without Kuzet. Both directions stream: nothing is held in memory whole. Every
 * entry's SHA-256 and size are taken as it passes.
 */
final class EncryptedArchive {

    /** The name of the one file inside the OpenPGP message, which gpg offers when asked to keep names. */
    static final String INNER_NAME = "kuzet-backup.zip";

    private static final int BUFFER = 1 << 16;

    private EncryptedArchive() {
    }

    /** One entry as written or read: its name, size in bytes and SHA-256 (hex). */
    record Entry(String name, long size, String sha256) {
    }

    /** Something that writes an entry's bytes. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes an archive; {@link #close()} finishes the ZIP and the OpenPGP message. */
    static final class Writer implements AutoCloseable {

        private final OutputStream file;
        private final OutputStream literal;
        private final ZipOutputStream zip;
        private final List<Entry> entries = new ArrayList<>();
        private boolean closed;

        Writer(OutputStream file, char[] passphrase) throws IOException {
            this.file = file;
            this.literal = PassphraseEncryption.encrypting(file, passphrase, INNER_NAME);
            this.zip = new ZipOutputStream(new FilterOutputStream(literal) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }
            });
            // Deflating was most of a backup's time at its default level (6). The fastest level took the benchmark's
            // 100k record (4 million rows) from 43 s to 20 s, for an archive a fifth larger (bench/results, "backup").
            zip.setLevel(Deflater.BEST_SPEED);
        }

        /** Adds an entry whose bytes {@code content} writes; answers its size and SHA-256. */
        Entry add(String name, Content content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            Digesting out = new Digesting(zip);
            content.writeTo(out);
            zip.closeEntry();
            Entry entry = new Entry(name, out.size, HexFormat.of().formatHex(out.digest.digest()));
            entries.add(entry);
            return entry;
        }

        List<Entry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            zip.finish();
            literal.close();
            file.flush();
        }
    }

    /** Reads an archive entry by entry; {@link #finish()} checks the OpenPGP integrity code once all is read. */
    static final class Reader implements AutoCloseable {

        private final InputStream file;
        private final PGPPBEEncryptedData message;
        private final ZipInputStream zip;
        private final InputStream clear;

        /** Opens the message; a wrong passphrase fails here, before a single byte of the archive is read. */
        Reader(InputStream file, char[] passphrase) throws IOException {
            this.file = file;
            try {
                BcPGPObjectFactory factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(file));
                Object first = factory.nextObject();
                while (first instanceof org.bouncycastle.openpgp.PGPMarker) {
                    first = factory.nextObject();
                }
                if (!(first instanceof PGPEncryptedDataList list) || list.isEmpty()
                        || !(list.get(0) instanceof PGPPBEEncryptedData pbe)) {
                    throw new BackupException("this is not a Kuzet backup: not an OpenPGP message encrypted with a passphrase");
                }
                if (!pbe.isIntegrityProtected()) {
                    throw new BackupException("this backup is not integrity-protected; Kuzet writes only protected ones");
                }
                this.message = pbe;
                try {
                    this.clear = pbe.getDataStream(new BcPBEDataDecryptorFactory(passphrase, new BcPGPDigestCalculatorProvider()));
                } catch (PGPException e) {
                    throw new BackupException("wrong passphrase: it does not open this backup (nothing was written)");
                }
                Object inner = new BcPGPObjectFactory(clear).nextObject();
                if (!(inner instanceof PGPLiteralData data)) {
                    throw new BackupException("this is not a Kuzet backup: the OpenPGP message holds no file");
                }
                this.zip = new ZipInputStream(data.getInputStream());
            } catch (IOException | RuntimeException e) {
                if (e instanceof BackupException b) {
                    throw b;
                }
                throw new BackupException("this is not a Kuzet backup, or it is damaged: " + e.getMessage());
            }
        }

        /** The next entry's name, or null at the end; its bytes are read from {@link #content()}. */
        String next() throws IOException {
            ZipEntry entry = zip.getNextEntry();
            return entry == null ? null : entry.getName();
        }

        /** The current entry's bytes, digested as they are read; closing it does not close the archive. */
        Digested content() {
            return new Digested(zip);
        }

        /**
         * Reads whatever is left and checks the modification detection code: a backup cut short or changed fails
         * here.
         */
        void finish() throws IOException {
            while (zip.getNextEntry() != null) {
                zip.transferTo(OutputStream.nullOutputStream());
            }
            InputStream rest = clear;
            rest.transferTo(OutputStream.nullOutputStream());
            try {
                if (!message.verify()) {
                    throw new BackupException("the backup was changed or damaged: its integrity check fails");
                }
            } catch (PGPException e) {
                throw new BackupException("the backup was changed or damaged: " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /** Counts and digests what passes; never closes what is under it. */
    static final class Digesting extends FilterOutputStream {
        final MessageDigest digest = sha256();
        long size;

        Digesting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** An entry's bytes as read, digested; never closes the archive. */
    static final class Digested extends FilterInputStream {
        final MessageDigest digest = sha256();
        long size;

        Digested(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
                size++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                size += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, BUFFER)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public void close() {
            // the archive stays open for the next entry
        }

        Entry entry(String name) throws IOException {
            transferTo(OutputStream.nullOutputStream()); // whatever the reader left
            return new Entry(name, size, HexFormat.of().formatHex(digest.digest()));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
