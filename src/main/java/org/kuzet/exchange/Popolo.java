package org.kuzet.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.shared.LocalizedText;

/**
 * Persons, organisations and memberships in the Popolo data specification (popoloproject.com), valid against its
 * JSON schemas: {@code {"persons": [...], "organizations": [...], "memberships": [...]}}. A record's id is its key in
 * Kuzet. What Popolo has no property for is an extension whose name starts with {@code kuzet:}, as the schemas allow:
 * {@code kuzet:alleged} (a membership the record only alleges, e.g. one the authorities claim), the precision of a
 * membership's dates where Popolo's date says less ({@code kuzet:start_date_precision}: {@code approximate}),
 * {@code kuzet:address} (the record's address in Kuzet, also a {@code links} entry when a base URL is configured),
 * {@code kuzet:confidentiality}. A membership is exported only when its organisation is (so that every
 * {@code organization_id} resolves). Nothing sealed is written (no contacts, address, date of birth).
 */
final class Popolo {

    private final Tables tables;
    private final String language;
    private final boolean absolute;

    Popolo(Tables tables, String language, boolean absolute) {
        this.tables = tables;
        this.language = language;
        this.absolute = absolute;
    }

    Map<String, Object> document(List<PersonDocument> persons, List<OrganizationDocument> organizations) {
        Set<String> organizationKeys = organizations.stream().map(OrganizationDocument::key).collect(Collectors.toSet());
        List<Map<String, Object>> people = new ArrayList<>();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (PersonDocument p : persons) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", p.key());
            person.put("name", p.name());
            put(person, "other_names", otherNames(p.names() == null ? List.of()
                    : p.names().stream().map(PersonDocument.Name::name).toList()));
            put(person, "gender", p.gender());
            put(person, "birth_date", p.birthYear() == null ? null : String.format("%04d", p.birthYear()));
            put(person, "summary", text(p.description()));
            addresses(person, "persons", p.key());
            person.put("kuzet:confidentiality", p.confidentiality());
            people.add(person);
            int n = 0;
            for (PersonDocument.Membership m : p.memberships() == null ? List.<PersonDocument.Membership>of() : p.memberships()) {
                n++;
                if (!organizationKeys.contains(m.organization())) {
                    continue;
                }
                Map<String, Object> membership = new LinkedHashMap<>();
                membership.put("id", p.key() + "/memberships/" + n);
                membership.put("person_id", p.key());
                membership.put("organization_id", m.organization());
                put(membership, "role", m.kind());
                put(membership, "start_date", date(m.from(), m.fromPrecision()));
                if ("approximate".equals(m.fromPrecision())) {
                    membership.put("kuzet:start_date_precision", "approximate");
                }
                put(membership, "end_date", date(m.until(), m.untilPrecision()));
                if ("approximate".equals(m.untilPrecision())) {
                    membership.put("kuzet:end_date_precision", "approximate");
                }
                membership.put("kuzet:alleged", Boolean.TRUE.equals(m.alleged()));
                memberships.add(membership);
            }
        }
        List<Map<String, Object>> orgs = new ArrayList<>();
        for (OrganizationDocument o : organizations) {
            Map<String, Object> org = new LinkedHashMap<>();
            org.put("id", o.key());
            org.put("name", o.name());
            put(org, "other_names", otherNames(o.names() == null ? List.of()
                    : o.names().stream().map(OrganizationDocument.Name::name).toList()));
            put(org, "classification", o.kind());
            put(org, "parent_id", o.parent() != null && organizationKeys.contains(o.parent()) ? o.parent() : null);
            put(org, "description", text(o.description()));
            addresses(org, "organizations", o.key());
            org.put("kuzet:confidentiality", o.confidentiality());
            orgs.add(org);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("persons", people);
        document.put("organizations", orgs);
        document.put("memberships", memberships);
        return document;
    }

    private void addresses(Map<String, Object> record, String collection, String key) {
        String address = tables.address(collection, key);
        record.put("kuzet:address", address);
        if (absolute) {
            record.put("links", List.of(Map.of("url", address, "note", "Kuzet")));
        }
    }

    private static List<Map<String, Object>> otherNames(List<String> names) {
        return names.stream().<Map<String, Object>>map(n -> Map.of("name", n)).toList();
    }

    /** A Popolo date says as much as is known: {@code 2019}, {@code 2019-06}, {@code 2019-06-12}. */
    static String date(String iso, String precision) {
        if (iso == null) {
            return null;
        }
        return switch (precision == null ? "day" : precision) {
            case "year" -> iso.substring(0, 4);
            case "month" -> iso.substring(0, 7);
            default -> iso;
        };
    }

    private String text(LocalizedText text) {
        return text == null ? null : text.in(language).text();
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            map.put(name, value);
        }
    }
}
