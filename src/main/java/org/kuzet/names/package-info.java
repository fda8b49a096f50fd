/**
 * Names across scripts: {@link org.kuzet.names.NameKeys} turns Latin, Russian and Kazakh spellings of a name into
 * keys that compare equal when the spellings are variants of one another. Plain Java over ICU4J: no persistence.
 */
package org.kuzet.names;
