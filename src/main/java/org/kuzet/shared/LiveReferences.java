package org.kuzet.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which live records refer to a record. A record that others still refer to is not deleted: the
 * references would point at something hidden, and an export would no longer import.
 */
final class LiveReferences {

    private static final String LIVE_SUBJECT = """
            (case c.subject_type
               when 'incident' then (select key from incident where id = c.subject_id and deleted_at is null)
               when 'event' then (select key from event where id = c.subject_id and deleted_at is null)
               when 'person' then (select key from person where id = c.subject_id and deleted_at is null)
               when 'organization' then (select key from organization where id = c.subject_id and deleted_at is null)
               when 'legal_case' then (select key from legal_case where id = c.subject_id and deleted_at is null)
               when 'intervention' then (select key from intervention where id = c.subject_id and deleted_at is null)
               when 'contact' then (select key from contact where id = c.subject_id and deleted_at is null)
               when 'reported_figure' then (select key from reported_figure where id = c.subject_id and deleted_at is null)
               when 'membership' then (select p.key from membership m join person p on p.id = m.person_id
                                       where m.id = c.subject_id and p.deleted_at is null)
               when 'assessment' then (select p.key from assessment a join person p on p.id = a.person_id
                                       where a.id = c.subject_id and p.deleted_at is null)
               when 'organization_status' then (select o.key from organization_status s join organization o
                                       on o.id = s.organization_id where s.id = c.subject_id and o.deleted_at is null)
               when 'case_stage' then (select k.key from case_stage s join legal_case k on k.id = s.case_id
                                       where s.id = c.subject_id and k.deleted_at is null)
             end)""";

    /** Per table, queries answering "kind key" of each live record referring to :id. */
    private static final Map<String, List<String>> QUERIES = Map.of(
            "person", List.of(
                    live("incident", "incident_victim", "incident_id", "person_id"),
                    live("incident", "incident_perpetrator", "incident_id", "person_id"),
                    live("legal_case", "case_party", "case_id", "person_id"),
                    live("legal_case", "charge", "case_id", "defendant_id"),
                    live("legal_case", "case_stage", "case_id", "person_id"),
                    live("intervention", "intervention_person", "intervention_id", "person_id")),
            "organization", List.of(
                    "select 'organization ' || key from organization where parent_id = :id and deleted_at is null",
                    live("organization", "organization_status", "organization_id", "decided_by_id"),
                    live("person", "membership", "person_id", "organization_id"),
                    live("person", "assessment", "person_id", "assessed_by_id"),
                    "select 'contact ' || key from contact where organization_id = :id and deleted_at is null",
                    live("incident", "incident_victim", "incident_id", "organization_id"),
                    live("incident", "incident_perpetrator", "incident_id", "organization_id"),
                    live("legal_case", "case_party", "case_id", "organization_id"),
                    live("legal_case", "case_stage", "case_id", "court_id"),
                    "select 'intervention ' || key from intervention where sender_id = :id and deleted_at is null",
                    "select 'reported figure ' || key from reported_figure where reported_by_id = :id and deleted_at is null"),
            "source", List.of("select c.subject_type || ' ' || " + LIVE_SUBJECT
                    + " from citation c where c.source_id = :id and " + LIVE_SUBJECT + " is not null"),
            "event", List.of("select 'incident ' || key from incident where event_id = :id and deleted_at is null"),
            "legal_case", List.of(live("incident", "incident_case", "incident_id", "case_id")),
            "contact", List.of(live("intervention", "intervention_addressee", "intervention_id", "contact_id")),
            "incident", List.of(live("intervention", "intervention_incident", "intervention_id", "incident_id")),
            "intervention", List.of(),
            "reported_figure", List.of());

    private LiveReferences() {
    }

    private static String live(String parent, String link, String parentColumn, String column) {
        return "select '" + parent + " ' || p.key from " + link + " x join " + parent + " p on p.id = x." + parentColumn
                + " where x." + column + " = :id and p.deleted_at is null";
    }

    /** Up to {@code limit} live records referring to the record {@code id} of {@code table}, e.g. "incident 2020-02-22-almaty". */
    static List<String> to(JdbcClient db, String table, long id, int limit) {
        List<String> found = new ArrayList<>();
        for (String query : QUERIES.getOrDefault(table, List.of())) {
            for (String ref : db.sql(query + " limit " + limit).param("id", id).query(String.class).list()) {
                if (!found.contains(ref) && found.size() < limit) {
                    found.add(ref);
                }
            }
        }
        return found;
    }
}
