package org.kuzet.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kuzet.legalcase.CaseDocument;
import org.kuzet.legalcase.LegalCases;
import org.kuzet.shared.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record pages show beyond the record itself: a person's timeline and cases, an organisation's members,
 * the incidents linked to a record. Row-level security limits each query to what the reader may see.
 */
@Component
class RecordReader {

    private final JdbcClient db;
    private final LegalCases cases;
    private final IncidentBrowser incidents;

    RecordReader(JdbcClient db, LegalCases cases, IncidentBrowser incidents) {
        this.db = db;
        this.cases = cases;
        this.incidents = incidents;
    }

    /** The person's incidents and the stages of their cases, in date order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<TimelineEntry> timeline(long personId, String personKey) {
        List<TimelineEntry> entries = new ArrayList<>(db.sql("""
                select i.key, i.title::text, i.date, i.date_precision,
                    case when exists (select 1 from incident_victim v where v.incident_id = i.id and v.person_id = :person)
                        then 'victim' else 'perpetrator' end
                from incident i where i.deleted_at is null and (
                    exists (select 1 from incident_victim v where v.incident_id = i.id and v.person_id = :person)
                    or exists (select 1 from incident_perpetrator x where x.incident_id = i.id and x.person_id = :person))""")
                .param("person", personId)
                .query((rs, n) -> new TimelineEntry(rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(1),
                        Json.localized(rs.getString(2)), rs.getString(5), null, null))
                .list());
        for (String caseKey : caseKeys(personId)) {
            CaseDocument doc = cases.find(caseKey).orElse(null);
            if (doc == null || doc.stages() == null) {
                continue;
            }
            for (CaseDocument.StageDocument stage : doc.stages()) {
                if (stage.person() == null || stage.person().equals(personKey)) {
                    entries.add(new TimelineEntry(LocalDate.parse(stage.date()), stage.datePrecision(), null, null, null,
                            caseKey, stage));
                }
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::order));
        return entries;
    }

    /** The live cases in which the person is a party, in any role. */
    public List<String> caseKeys(long personId) {
        return db.sql("""
                select c.key from legal_case c where c.deleted_at is null
                and exists (select 1 from case_party p where p.case_id = c.id and p.person_id = ?) order by c.key""")
                .param(personId).query(String.class).list();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Member> members(long organizationId) {
        return db.sql("""
                select p.key, p.name, m.kind, m.alleged, m.from_date, m.from_precision, m.until_date, m.until_precision
                from membership m join person p on p.id = m.person_id and p.deleted_at is null
                where m.organization_id = ? order by m.alleged, m.kind, p.name""")
                .param(organizationId)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** The organisation's incidents (as victim, perpetrator or through its members), newest first. */
    public List<IncidentRow> incidentsOf(String organizationKey) {
        return incidents.list(new IncidentSearch(null, null, null, null, null, organizationKey, null, null, null, null,
                "-date", 0), 50);
    }

    /** The incidents that led to the case or belong to it. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IncidentRow> incidentsOfCase(long caseId) {
        List<Long> ids = db.sql("""
                select i.id from incident i join incident_case x on x.incident_id = i.id
                where x.case_id = ? and i.deleted_at is null order by i.date, i.id""")
                .param(caseId).query(Long.class).list();
        return incidents.rows(ids);
    }
}
