/**
 * Encryption at rest: the Tink keyset, sealed fields and files, key rotation.
 *
 * <p>Owns {@code vault_check} and {@code vault_key}. Offers {@link org.kuzet.crypto.Vault}, {@link
 * org.kuzet.crypto.PrivateFields} and {@link org.kuzet.crypto.KeyRotation}.
 */
package org.kuzet.crypto;
