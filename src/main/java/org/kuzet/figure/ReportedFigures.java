package org.kuzet.figure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kuzet.incident.IncidentDocument.VictimCount;
import org.kuzet.incident.IncidentDocument;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Confidentiality;
import org.kuzet.shared.DateWithPrecision;
import org.kuzet.shared.FilterQuery;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.KeyResolver;
import org.kuzet.shared.RecordFilter;
import org.kuzet.shared.RecordStore;
import org.kuzet.source.Citation;
import org.kuzet.source.Citations;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures other organisations reported: the record store, and {@link #relevant}, the one query of the figures that
 * belong beside a count of Kuzet's own (the statistics page) or in a report's numbers. Such a figure is shown as what
 * it is, another organisation's number with its source; it is never added into Kuzet's counts.
 */
@Service
public class ReportedFigures extends RecordStore<ReportedFigureDocument, ReportedFigures.Valid, ReportedFigures.Filter> {

    /** A range: from {@code value} to {@code upTo}. The one qualifier a reported figure has beyond a victim count's. */
    public static final String BETWEEN = "between";
    /**
     * How exact a reported figure is: exactly, at least, more than, about, up to — the qualifiers of an incident's
     * victim count, {@link VictimCount#QUALIFIERS}, whose wording they share — and between (with an upper value).
     */
    public static final List<String> QUALIFIERS = Stream.concat(VictimCount.QUALIFIERS.stream(), Stream.of(BETWEEN))
            .toList();
    /** Incidents or legal cases: what "over 300 cases of persecution" counts. */
    public static final String INCIDENTS = "incidents";
    /** What the source does not say, the default. */
    public static final String UNKNOWN = "unknown";
    /**
     * What a reported figure counts: what a victim count counts ({@link VictimCount#UNITS}: persons, organisations,
     * not stated) and incidents or cases.
     */
    public static final List<String> UNITS = Stream.concat(VictimCount.UNITS.stream().filter(u -> !u.equals(UNKNOWN)),
            Stream.of(INCIDENTS, UNKNOWN)).toList();
    /** The most figures {@link #relevant} answers: a page or a report lists them, it does not page them. */
    public static final int RELEVANT_AT_MOST = 200;

    private static final int DESCRIPTION_LENGTH = 2000;
    private static final int NAME_LENGTH = 500;
    private static final String SELECT = """
            select f.id, f.version, f.key, f.description::text as description, t.code as incident_type,
                   a.code as article_code, a.article as article_number, f.article_part, f.unit, f.qualifier, f.value,
                   f.up_to, f.period_from, f.period_from_precision, f.period_to, f.period_to_precision, pl.code as place,
                   o.key as reported_by, f.reported_by_text, f.confidentiality, f.created_at, f.updated_at
            from reported_figure f
                 left join vocabulary_term t on t.id = f.incident_type_id
                 left join legal_article a on a.id = f.article_id
                 left join place pl on pl.id = f.place_id
                 left join organization o on o.id = f.reported_by_id
            """;
    /** The last day a figure's period stands for (V16): its end, or its start, widened to the month or year. */
    private static final String LAST_DAY = "kuzet_span_last_day(f.period_from, f.period_from_precision, f.period_to, "
            + "f.period_to_precision)";

    private final Vocabularies vocabularies;
    private final Citations citations;

    public ReportedFigures(JdbcClient db, Vocabularies vocabularies, Citations citations) {
        super(db, "reported_figure", "f", "reported figure", "figure");
        this.vocabularies = vocabularies;
        this.citations = citations;
    }

    /**
     * What a list of reported figures may be narrowed to, every part optional: the figures whose period overlaps
     * {@code from}–{@code to} (ISO days, either end open); that concern the incident type {@code type} (a code), the
     * {@code article} ({@code CC-405}), a place within {@code region} (a place code: a region, a city, the country);
     * reported by the organisation {@code reportedBy} (a key); whose description or reporter's name contains
     * {@code q}. A figure that names no type, article or place does not fit a filter on it. In the order of their
     * periods.
     */
    public record Filter(String from, String to, String type, String article, String region, String reportedBy,
                         String q) implements RecordFilter {

        /** The filter of the figures of a period, a type, an article and a region: what {@link #relevant} takes. */
        public static Filter of(String from, String to, String type, String article, String region) {
            return new Filter(from, to, type, article, region, null, null);
        }

        @Override
        public FilterQuery toQuery() {
            StringBuilder where = new StringBuilder("f.deleted_at is null");
            Map<String, Object> params = new HashMap<>();
            LocalDate fromDay = day("from", from);
            LocalDate toDay = day("to", to);
            if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
                throw InvalidInputException.of("to", toDay + " is before from (" + fromDay + ")");
            }
            if (fromDay != null) {
                where.append(" and ").append(LAST_DAY).append(" >= :from");
                params.put("from", fromDay);
            }
            if (toDay != null) {
                where.append(" and f.period_from <= :to");
                params.put("to", toDay);
            }
            if (blank(type) != null) {
                where.append(" and f.incident_type_id in (select id from vocabulary_term"
                        + " where vocabulary = 'incident_type' and code = :type)");
                params.put("type", type.strip());
            }
            if (blank(article) != null) {
                String[] parts = article.strip().split("[- ]", 2);
                if (parts.length != 2) {
                    throw InvalidInputException.of("article", "'" + article + "' is not an article reference such as CC-405");
                }
                where.append(" and f.article_id in (select id from legal_article where code = :articleCode"
                        + " and article = :articleNumber)");
                params.put("articleCode", parts[0].toUpperCase(Locale.ROOT));
                params.put("articleNumber", parts[1]);
            }
            if (blank(region) != null) {
                where.append(" and f.place_id = any (kuzet_place_ids(:region))");
                params.put("region", region.strip());
            }
            if (blank(reportedBy) != null) {
                where.append(" and f.reported_by_id in (select id from organization where key = :reportedBy)");
                params.put("reportedBy", reportedBy.strip());
            }
            if (blank(q) != null) {
                where.append(" and (f.key ilike :q or f.description::text ilike :q or f.reported_by_text ilike :q)");
                params.put("q", FilterQuery.containing(q.strip()));
            }
            return new FilterQuery(where.toString(), "f.period_from, " + LAST_DAY + ", f.key", params);
        }

        private static LocalDate day(String parameter, String value) {
            if (blank(value) == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(parameter, "'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }

    /**
     * The figures other organisations reported that belong beside a count of Kuzet's own over {@code filter}'s period,
     * type, article and region (or in a report of that period and place), the reader may see, in the order of their
     * periods, at most {@link #RELEVANT_AT_MOST}. The statistics page and the reports both take them from here.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ReportedFigureDocument> relevant(Filter filter) {
        return list(filter, 0, RELEVANT_AT_MOST).items();
    }

    @Override
    protected long insert(ReportedFigureDocument doc, Valid v, Long userId) {
        long id = db.sql("""
                insert into reported_figure (key, description, incident_type_id, article_id, article_part, unit, qualifier,
                    value, up_to, period_from, period_from_precision, period_to, period_to_precision, place_id,
                    reported_by_id, reported_by_text, confidentiality, created_by, updated_by)
                values (?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(keyFor(doc), Json.write(doc.description()), v.incidentTypeId, v.articleId, v.articlePart, v.unit,
                        v.qualifier, v.value, v.upTo, v.from.date(), v.from.precision().code(),
                        v.to == null ? null : v.to.date(), v.to == null ? null : v.to.precision().code(), v.placeId,
                        v.reportedById, blank(doc.reportedByText()), v.confidentiality, userId, userId)
                .query(Long.class).single();
        citations.replace("reported_figure", id, v.citations);
        return id;
    }

    @Override
    protected void overwrite(long id, ReportedFigureDocument doc, Valid v) {
        db.sql("""
                update reported_figure set description = cast(? as jsonb), incident_type_id = ?, article_id = ?,
                    article_part = ?, unit = ?, qualifier = ?, value = ?, up_to = ?, period_from = ?,
                    period_from_precision = ?, period_to = ?, period_to_precision = ?, place_id = ?, reported_by_id = ?,
                    reported_by_text = ?, confidentiality = ? where id = ?""")
                .params(Json.write(doc.description()), v.incidentTypeId, v.articleId, v.articlePart, v.unit, v.qualifier,
                        v.value, v.upTo, v.from.date(), v.from.precision().code(), v.to == null ? null : v.to.date(),
                        v.to == null ? null : v.to.precision().code(), v.placeId, v.reportedById,
                        blank(doc.reportedByText()), v.confidentiality, id)
                .update();
        citations.replace("reported_figure", id, v.citations);
    }

    /**
     * Checks a reported figure beyond its key, every problem under its field: the description (required), the
     * incident type and article (known ones), the count (a qualifier, a figure of 0 or more, an upper value with
     * {@code between} only and above the figure, a unit), the period (a start; an end not before it), the place, who
     * reported it (an organisation of the record or a name; at least one), the confidentiality and the sources.
     */
    @Override
    protected Valid check(Checker at, ReportedFigureDocument doc, String key, KeyResolver refs) {
        Valid v = new Valid();
        at.at("description").localized(doc.description(), DESCRIPTION_LENGTH, true);
        if (doc.incidentType() != null) {
            v.incidentTypeId = vocabularies.termId("incident_type", doc.incidentType()).orElse(null);
            if (v.incidentTypeId == null) {
                at.at("incidentType").problem("'" + abbreviate(doc.incidentType()) + "' is not a known incident type"
                        + " (see GET /api/v1/vocabularies/incident_type)");
            }
        }
        IncidentDocument.Article article = doc.article();
        if (article != null) {
            Checker a = at.at("article");
            if (a.at("code").required(article.code()) & a.at("article").required(article.article())) {
                v.articleId = vocabularies.articleId(article.code(), article.article()).orElse(null);
                if (v.articleId == null) {
                    a.problem(article.code() + " " + article.article() + " is not a known legal article");
                }
            }
            if (article.part() != null && !article.part().matches("^[0-9]+(\\.[0-9]+)?$")) {
                a.at("part").problem("'" + abbreviate(article.part()) + "' is not a part number such as 1 or 2.1");
            } else {
                v.articlePart = article.part();
            }
        }
        ReportedFigureDocument.Count count = doc.count();
        Checker c = at.at("count");
        if (c.required(count)) {
            v.qualifier = c.at("qualifier").required(count.qualifier())
                    ? c.at("qualifier").oneOf(count.qualifier(), QUALIFIERS) : null;
            if (c.at("value").required(count.value()) && count.value() < 0) {
                c.at("value").problem("must be 0 or more");
            }
            v.value = count.value();
            if (BETWEEN.equals(v.qualifier)) {
                if (c.at("upTo").required(count.upTo()) && count.value() != null && count.upTo() <= count.value()) {
                    c.at("upTo").problem("must be more than the value " + count.value());
                }
                v.upTo = count.upTo();
            } else if (count.upTo() != null) {
                c.at("upTo").problem("is given only with the qualifier between");
            }
            v.unit = c.at("unit").oneOf(count.unit(), UNITS);
        }
        v.from = at.dateWithPrecision("from", doc.from(), "fromPrecision", doc.fromPrecision(), true);
        v.to = at.dateWithPrecision("to", doc.to(), "toPrecision", doc.toPrecision(), false);
        if (v.from != null && v.to != null && v.to.date().isBefore(v.from.date())) {
            at.at("to").problem(doc.to() + " is before the start of the period " + doc.from());
        }
        if (doc.place() != null) {
            v.placeId = vocabularies.placeId(doc.place()).orElse(null);
            if (v.placeId == null) {
                at.at("place").problem("no place '" + abbreviate(doc.place()) + "' (see GET /api/v1/vocabularies/places)");
            }
        }
        if (doc.reportedBy() != null) {
            if (at.at("reportedBy").key(doc.reportedBy()) != null) {
                Optional<Long> id = refs.id("organization", doc.reportedBy());
                v.reportedById = id.orElse(null);
                if (id.isEmpty()) {
                    at.at("reportedBy").problem("no organization '" + doc.reportedBy() + "'");
                }
            }
        } else if (blank(doc.reportedByText()) == null) {
            at.at("reportedBy").problem("is required: the organisation that reported the figure, or its name"
                    + " in reportedByText");
        }
        at.at("reportedByText").text(doc.reportedByText(), NAME_LENGTH);
        v.confidentiality = at.at("confidentiality").oneOf(
                doc.confidentiality() == null ? Confidentiality.DEFAULT : doc.confidentiality(), Confidentiality.LEVELS);
        v.citations = citations.validate(at.at("sources"), doc.sources(), k -> refs.id("source", k));
        return v;
    }

    /** A checked reported figure with its codes and keys resolved. */
    public static final class Valid {
        Long incidentTypeId;
        Long articleId;
        String articlePart;
        String unit;
        String qualifier;
        Integer value;
        Integer upTo;
        DateWithPrecision from;
        DateWithPrecision to;
        Long placeId;
        Long reportedById;
        String confidentiality;
        List<Citations.Resolved> citations = List.of();
    }

    @Override
    protected List<ReportedFigureDocument> load(List<Long> ids) {
        Map<Long, List<Citation>> sources = citations.of("reported_figure", ids);
        return db.sql(SELECT + " where f.id in (:ids)").param("ids", ids)
                .query((rs, n) -> row(rs, sources.get(rs.getLong("id")))).list();
    }

    private static ReportedFigureDocument row(ResultSet rs, List<Citation> sources) throws SQLException {
        String articleCode = rs.getString("article_code");
        return new ReportedFigureDocument(rs.getLong("id"), rs.getInt("version"), rs.getString("key"),
                Json.localized(rs.getString("description")), rs.getString("incident_type"),
                articleCode == null ? null : new IncidentDocument.Article(articleCode, rs.getString("article_number"),
                        rs.getString("article_part")),
                new ReportedFigureDocument.Count(rs.getString("qualifier"), rs.getInt("value"),
                        (Integer) rs.getObject("up_to"), rs.getString("unit")),
                day(rs, "period_from"), rs.getString("period_from_precision"), day(rs, "period_to"),
                rs.getString("period_to_precision"), rs.getString("place"), rs.getString("reported_by"),
                rs.getString("reported_by_text"), rs.getString("confidentiality"), sources,
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static String day(ResultSet rs, String column) throws SQLException {
        LocalDate d = rs.getObject(column, LocalDate.class);
        return d == null ? null : d.toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
