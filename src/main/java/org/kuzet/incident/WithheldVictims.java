package org.kuzet.incident;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.FullClearance;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a victim the reader may not see is described instead of named: by where they live ("a resident of
 * Shymkent"), or where the incident happened when their place is not recorded. The place of the hidden person is
 * read with {@link FullClearance}; nothing else of their record is.
 */
final class WithheldVictims {

    private final Map<Long, String[]> personPlaces;
    private final Map<Long, String[]> incidentPlaces;
    private final String language;

    private WithheldVictims(Map<Long, String[]> personPlaces, Map<Long, String[]> incidentPlaces) {
        this.personPlaces = personPlaces;
        this.incidentPlaces = incidentPlaces;
        this.language = RequestLanguage.current().orElse("en");
    }

    static WithheldVictims of(JdbcClient db, Collection<Long> hiddenPersons, List<Long> incidents) {
        if (hiddenPersons.isEmpty()) {
            return new WithheldVictims(Map.of(), Map.of());
        }
        Map<Long, String[]> persons = FullClearance.read(db, () -> names(db, """
                select x.id, p.name_en, p.name_ru, p.name_kk from person x join place p on p.id = x.place_id
                where x.id in (:ids)""", hiddenPersons));
        Map<Long, String[]> places = names(db, """
                select x.id, p.name_en, p.name_ru, p.name_kk from incident x join place p on p.id = x.place_id
                where x.id in (:ids)""", incidents);
        return new WithheldVictims(persons, places);
    }

    String person(long personId, long incidentId) {
        String[] place = personPlaces.getOrDefault(personId, incidentPlaces.get(incidentId));
        if (place == null) {
            return switch (language) {
                case "ru" -> "лицо, чьё имя не раскрывается";
                case "kk" -> "аты аталмаған адам";
                default -> "a person whose name is withheld";
            };
        }
        return switch (language) {
            case "ru" -> "жит. " + place[1];
            case "kk" -> new Labels(place[0], place[1], place[2]).in("kk") + " тұрғыны";
            default -> "a resident of " + place[0];
        };
    }

    String organization() {
        return switch (language) {
            case "ru" -> "организация, название которой не раскрывается";
            case "kk" -> "атауы аталмаған ұйым";
            default -> "an organisation whose name is withheld";
        };
    }

    private static Map<Long, String[]> names(JdbcClient db, String sql, Collection<Long> ids) {
        Map<Long, String[]> names = new HashMap<>();
        db.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }
}
