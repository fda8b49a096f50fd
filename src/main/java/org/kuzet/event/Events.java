package org.kuzet.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RecordRows;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The events of the record: what groups many incidents ("the 6 June 2020 rallies"). */
@Service
public class Events {

    private static final int TITLE_LENGTH = 2000;
    private static final int DESCRIPTION_LENGTH = 50000;
    private static final String SELECT = """
            select e.id, e.version, e.key, e.title::text as title, e.description::text as description, e.date, e.date_precision,
                   e.end_date, e.end_date_precision, pl.code as place, e.confidentiality, e.created_at, e.updated_at
            from event e left join place pl on pl.id = e.place_id
            """;
    /** The last day an event may stand for: its end, or its date, widened to the whole month or year when so precise. */
    private static final String LATEST_DAY = """
            case coalesce(e.end_date_precision, e.date_precision)
                when 'month' then (coalesce(e.end_date, e.date) + interval '1 month' - interval '1 day')::date
                when 'year' then (coalesce(e.end_date, e.date) + interval '1 year' - interval '1 day')::date
                else coalesce(e.end_date, e.date) end""";

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final Citations citations;

    public Events(JdbcClient db, Vocabularies vocabularies, Citations citations) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.citations = citations;
    }

    /** What a list of events may be narrowed to: a period (ISO dates, either end open) and text. */
    public record Filter(String from, String to, String q) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<EventDocument> find(String reference) {
        return RecordRows.idOf(db, "event", reference)
                .map(id -> db.sql(SELECT + " where e.id = ?").param(id).query((rs, n) -> row(rs, citations.of("event", id))).single());
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public EventDocument get(String reference) {
        return find(reference).orElseThrow(() -> new RecordNotFoundException("event", reference));
    }

    /** A page of live events in date order: those that overlap the period from–to and match q. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PageOf<EventDocument> list(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where e.deleted_at is null");
        Map<String, Object> params = new HashMap<>();
        LocalDate from = date("from", filter.from());
        LocalDate to = date("to", filter.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", to + " is before from (" + from + ")");
        }
        if (from != null) {
            where.append(" and ").append(LATEST_DAY).append(" >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and e.date <= :to");
            params.put("to", to);
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (e.key ilike :q or e.title::text ilike :q or e.description::text ilike :q)");
            params.put("q", "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = db.sql("select count(*) from event e" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<EventDocument> rows = db.sql(SELECT + where + " order by e.date, e.key limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs, null)).list();
        Map<Long, List<Citation>> sources = citations.of("event", rows.stream().map(EventDocument::id).toList());
        return new PageOf<>(rows.stream().map(r -> withSources(r, sources.get(r.id()))).toList(), total, page, size);
    }

    /** Every live event, by key: what the bundle exports. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<EventDocument> all() {
        List<EventDocument> rows = db.sql(SELECT + " where e.deleted_at is null order by e.key").query((rs, n) -> row(rs, null)).list();
        Map<Long, List<Citation>> sources = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 1000) {
            sources.putAll(citations.of("event", rows.subList(from, Math.min(rows.size(), from + 1000)).stream()
                    .map(EventDocument::id).toList()));
        }
        return rows.stream().map(r -> withSources(r, sources.get(r.id())).content()).toList();
    }

    @Transactional
    public EventDocument create(EventDocument doc, Long userId) {
        Checker check = Checker.root();
        Valid v = validate(check, doc, true, KeyResolver.database(db));
        check.throwIfProblems();
        return get(Long.toString(insert(doc, v, userId)));
    }

    /** Writes an event that {@link #validate} accepted with real ids (also the bundle importer's path). */
    @Transactional
    public long insert(EventDocument doc, Valid v, Long userId) {
        String key = doc.key() != null ? doc.key() : RecordRows.newKey(db, "event", "event");
        long id = db.sql("""
                insert into event (key, title, description, date, date_precision, end_date, end_date_precision, place_id,
                    confidentiality, created_by, updated_by)
                values (?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(key, Json.write(doc.title()), Json.write(doc.description()), v.date.date(), v.date.precision().code(),
                        v.endDate == null ? null : v.endDate.date(), v.endDate == null ? null : v.endDate.precision().code(),
                        v.placeId, v.confidentiality, userId, userId)
                .query(Long.class).single();
        citations.replace("event", id, v.citations);
        return id;
    }

    @Transactional
    public EventDocument update(String reference, EventDocument doc, Long userId) {
        long id = RecordRows.idOf(db, "event", reference).orElseThrow(() -> new RecordNotFoundException("event", reference));
        Checker check = Checker.root();
        String key = RecordRows.keyOf(db, "event", id).orElseThrow();
        if (doc != null && doc.key() != null && !doc.key().equals(key)) {
            check.at("key").problem("a key cannot be changed: this event is '" + key + "'");
        }
        Valid v = validate(check, doc, false, KeyResolver.database(db));
        check.throwIfProblems();
        RecordRows.bumpVersion(db, "event", "event", id, doc.version(), userId);
        overwrite(id, doc, v);
        return get(Long.toString(id));
    }

    /** Replaces the content of a stored event (no version check: the importer's path). */
    @Transactional
    public void overwrite(long id, EventDocument doc, Valid v) {
        db.sql("""
                update event set title = cast(? as jsonb), description = cast(? as jsonb), date = ?, date_precision = ?,
                    end_date = ?, end_date_precision = ?, place_id = ?, confidentiality = ? where id = ?""")
                .params(Json.write(doc.title()), Json.write(doc.description()), v.date.date(), v.date.precision().code(),
                        v.endDate == null ? null : v.endDate.date(), v.endDate == null ? null : v.endDate.precision().code(),
                        v.placeId, v.confidentiality, id)
                .update();
        citations.replace("event", id, v.citations);
    }

    @Transactional
    public void delete(String reference, String reason, Long userId) {
        long id = RecordRows.idOf(db, "event", reference).orElseThrow(() -> new RecordNotFoundException("event", reference));
        RecordRows.softDelete(db, "event", "event", id, reason, userId);
    }

    /** Checks an event, adding every problem to {@code at}; {@code refs} resolves source keys. */
    public Valid validate(Checker at, EventDocument doc, boolean creating, KeyResolver refs) {
        Valid v = new Valid();
        if (doc == null) {
            at.problem("is required");
            return v;
        }
        String key = at.at("key").key(doc.key());
        if (creating && key != null && RecordRows.keyExists(db, "event", key)) {
            at.at("key").problem("an event with key '" + key + "' already exists");
        }
        at.at("title").localized(doc.title(), TITLE_LENGTH, true);
        at.at("description").localized(doc.description(), DESCRIPTION_LENGTH, false);
        v.date = at.dateWithPrecision("date", doc.date(), "datePrecision", doc.datePrecision(), true);
        v.endDate = at.dateWithPrecision("endDate", doc.endDate(), "endDatePrecision", doc.endDatePrecision(), false);
        if (v.date != null && v.endDate != null && v.endDate.date().isBefore(v.date.date())) {
            at.at("endDate").problem(doc.endDate() + " is before the start date " + doc.date());
        }
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("no place '" + doc.place() + "' (see GET /api/v1/vocabularies/places)");
            }
        }
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), k -> refs.id("source", k));
        return v;
    }

    /** A checked event with its codes resolved. */
    public static final class Valid {
        DateWithPrecision date;
        DateWithPrecision endDate;
        Long placeId;
        String confidentiality;
        List<Citations.Resolved> citations = List.of();
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(parameter, "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    private static EventDocument withSources(EventDocument e, List<Citation> sources) {
        return new EventDocument(e.id(), e.version(), e.key(), e.title(), e.description(), e.date(), e.datePrecision(),
                e.endDate(), e.endDatePrecision(), e.place(), e.confidentiality(), sources, e.createdAt(), e.updatedAt());
    }

    private static EventDocument row(ResultSet rs, List<Citation> sources) throws SQLException {
        return new EventDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"),
                Json.localized(rs.getString("title")), Json.localized(rs.getString("description")), str(rs, "date"),
                rs.getString("date_precision"), str(rs, "end_date"), rs.getString("end_date_precision"), rs.getString("place"),
                rs.getString("confidentiality"), sources, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String str(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }
}
