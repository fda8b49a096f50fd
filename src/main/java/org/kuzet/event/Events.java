package org.kuzet.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordFilter;
import org.kuzet.shared.PartRows;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The events of the record: what groups many incidents ("the 6 June 2020 rallies"). */
@Service
public class Events extends RecordStore<EventDocument, Events.Valid, Events.Filter> {

    private static final int TITLE_LENGTH = 2000;
    private static final int DESCRIPTION_LENGTH = 50000;
    private static final String SELECT = """
            select e.id, e.version, e.key, e.title::text as title, e.description::text as description, e.date, e.date_precision,
                   e.end_date, e.end_date_precision, pl.code as place, e.confidentiality, e.created_at, e.updated_at
            from event e left join place pl on pl.id = e.place_id
            """;
    /** The last day an event may stand for: its end, or its date, widened to the whole month or year when so precise (V16). */
    private static final String LATEST_DAY = "kuzet_span_last_day(e.date, e.date_precision, e.end_date, e.end_date_precision)";

    private final Vocabularies vocabularies;
    private final Citations citations;

    public Events(JdbcClient db, Vocabularies vocabularies, Citations citations) {
        super(db, "event", "e", "event", "event");
        this.vocabularies = vocabularies;
        this.citations = citations;
    }

    /** What a list of events may be narrowed to: a period (ISO dates, either end open) and text; by date. */
    public record Filter(String from, String to, String q) implements RecordFilter {

        /** The live events that overlap the period from–to and match q. */
        @Override
        public FilterQuery toQuery() {
            StringBuilder where = new StringBuilder("e.deleted_at is null");
            Map<String, Object> params = new HashMap<>();
            LocalDate fromDate = date("from", from);
            LocalDate toDate = date("to", to);
            if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
                throw InvalidInputException.of("to", toDate + " is before from (" + fromDate + ")");
            }
            if (fromDate != null) {
                where.append(" and ").append(LATEST_DAY).append(" >= :from");
                params.put("from", fromDate);
            }
            if (toDate != null) {
                where.append(" and e.date <= :to");
                params.put("to", toDate);
            }
            if (q != null && !q.isBlank()) {
                where.append(" and (e.key ilike :q or e.title::text ilike :q or e.description::text ilike :q)");
                params.put("q", FilterQuery.containing(q));
            }
            return new FilterQuery(where.toString(), "e.date, e.key", params);
        }
    }

    @Override
    protected long insert(EventDocument doc, Valid v, Long userId) {
        long id = PartRows.insert(db, "event",
                "key, title, description, date, date_precision, end_date, end_date_precision, place_id, confidentiality, created_by, updated_by",
                "?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?",
                keyFor(doc), Json.write(doc.title()), Json.write(doc.description()), v.date.date(),
                v.date.precision().code(), v.endDate == null ? null : v.endDate.date(),
                v.endDate == null ? null : v.endDate.precision().code(), v.placeId, v.confidentiality, userId, userId);
        citations.replace("event", id, v.citations);
        return id;
    }

    @Override
    protected void overwrite(long id, EventDocument doc, Valid v) {
        db.sql("""
                update event set title = cast(? as jsonb), description = cast(? as jsonb), date = ?, date_precision = ?,
                    end_date = ?, end_date_precision = ?, place_id = ?, confidentiality = ? where id = ?""")
                .params(Json.write(doc.title()), Json.write(doc.description()), v.date.date(), v.date.precision().code(),
                        v.endDate == null ? null : v.endDate.date(), v.endDate == null ? null : v.endDate.precision().code(),
                        v.placeId, v.confidentiality, id)
                .update();
        citations.replace("event", id, v.citations);
    }

    /** Checks an event beyond its key; {@code refs} resolves source keys. */
    @Override
    protected Valid check(Checker at, EventDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
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

    @Override
    protected List<EventDocument> load(List<Long> ids) {
        Map<Long, List<Citation>> sources = citations.of("event", ids);
        return db.sql(SELECT + " where e.id in (:ids)").param("ids", ids)
                .query((rs, n) -> row(rs, sources.get(rs.getLong("id")))).list();
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
