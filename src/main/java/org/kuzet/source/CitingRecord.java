package org.kuzet.source;

import org.kuzet.shared.LocalizedText;

/** A record that cites a source: its collection (the path segment of its page), key, and title or name. */
public record CitingRecord(String collection, String key, LocalizedText title, String name) {
}
