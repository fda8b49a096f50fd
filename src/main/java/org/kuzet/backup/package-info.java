/**
 * Backups that restore exactly: the database read in one snapshot, the sealed evidence files and the keyset, in a
 * ZIP archive encrypted with a passphrase as an OpenPGP message (readable with gpg without Kuzet); restoring them into
 * an empty data folder or database; scheduled backups for {@code serve}.
 *
 * <p>Owns no table: it reads and writes every table through PostgreSQL's catalogue and COPY, as the schema owner.
 * Offers {@link org.kuzet.backup.Backups}, {@link org.kuzet.backup.Restore} and {@link org.kuzet.backup.Passphrases}.
 */
package org.kuzet.backup;
