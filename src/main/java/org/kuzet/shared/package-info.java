/**
 * What every feature shares, kept small: the record store's rules ({@link org.kuzet.shared.RecordStore}), checking
 * input with paths ({@link org.kuzet.shared.Checker}), writing several new records after checking them whole
 * ({@link org.kuzet.shared.NewRecords}), the events that keep derived data and the audit current, dates with their
 * precision, multilingual text and the acting user.
 */
package org.kuzet.shared;
