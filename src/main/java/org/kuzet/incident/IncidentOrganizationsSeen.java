package org.kuzet.incident;

/**
 * The organisations of an incident as the reader sees them (as victim, perpetrator or a victim's organisation), read
 * from the facet values kept per incident (V42, {@link IncidentFacets}) instead of the view {@code
 * incident_organization}, which reads every link of the incident under the reader's row-level security: a statement
 * counting the organisations of thousands of incidents (search's organisation facet) reads one index entry each.
 *
 * <p>An entry is seen when its level is within the reader's clearance; the incidents involving the reader's own
 * confidential records ({@link #OWN}) are the one case where the clearance alone does not decide, and are read
 * through the view. So the answer is the view's for every reader ({@code FacetTallyIntegrationTest}).
 */
public final class IncidentOrganizationsSeen {

    /**
     * A common table expression {@code own (id)}: the incidents that involve a confidential record (the incident, a
     * victim, an organisation) which an internal reader created (V37 {@code kuzet_own_records_user}; none for
     * another reader).
     */
    public static final String OWN = """
            own as materialized (
                select i.id from incident i
                where i.created_by = (select kuzet_own_records_user()) and i.confidentiality = 'confidential'
                union
                select v.incident_id from incident_victim v join person p on p.id = v.person_id
                where p.created_by = (select kuzet_own_records_user()) and p.confidentiality = 'confidential'
                union
                select x.incident_id from incident_organization x
                where x.organization_id = any (array(select o.id from organization o
                    where o.created_by = (select kuzet_own_records_user()) and o.confidentiality = 'confidential')))""";

    private IncidentOrganizationsSeen() {
    }

    /**
     * A subquery giving {@code organization_id} once for each organisation of the incident whose id is {@code
     * incidentId} (a column or parameter of the enclosing statement, which must define {@link #OWN}), as the reader
     * sees it. The organisation itself may still be one the reader may not see: join {@code organization} to name it.
     */
    public static String of(String incidentId) {
        return """
                (select cast(e.value as bigint) as organization_id from incident_facet_entry e
                 where e.incident_id = %1$s and e.facet = 'organization' and e.level <= (select kuzet_clearance_level())
                   and %1$s <> all (array(select id from own))
                 union all
                 select x.organization_id from incident_organization x
                 where x.incident_id = %1$s and %1$s = any (array(select id from own)))""".formatted(incidentId);
    }
}
