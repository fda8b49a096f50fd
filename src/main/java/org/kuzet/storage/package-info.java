/**
 * The database: the embedded PostgreSQL in the data folder or an external server, with the reader's clearance set on
 * every connection. Owns no table.
 */
package org.kuzet.storage;
