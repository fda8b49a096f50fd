package org.kuzet.search;

/**
 * A record offered by a picker: its key and name, and what tells it apart from namesakes.
 *
 * @param variants other names (ДВК, Тобылова), or a source's address
 * @param kinds    roles of a person, kind of an organisation, outlet of a source
 * @param latest   the date of the person's last incident, or the source's publication date
 */
public record Choice(String key, String name, String variants, String kinds, String place, String latest) {
}
