package org.kuzet.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.shared.Actor;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Clearance;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates reports: checks the request, builds the report from the record as its audience may see it, renders
 * it in the format asked for, and audits that it was generated and with which parameters.
 *
 * <p>A public report is built as an anonymous visitor: the database itself (row-level security) then withholds
 * unpublished and non-public records and the names of persons who did not consent to publication, and the builder
 * leaves out sources of confidential kinds. An internal report is built with the caller's own clearance, never more.
 */
@Service
public class Reports {

    public static final List<String> AUDIENCES = List.of("public", "internal");
    public static final List<String> LANGUAGES = List.of("en", "ru");
    public static final List<String> FORMATS = List.of("docx", "pdf", "html", "md");
    static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pdf", "application/pdf",
            "html", "text/html;charset=UTF-8",
            "md", "text/markdown;charset=UTF-8");

    private final ReportTemplates templates;
    private final ReportBuilder builder;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate snapshot;

    Reports(ReportTemplates templates, ReportBuilder builder, Vocabularies vocabularies, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.templates = templates;
        this.builder = builder;
        this.vocabularies = vocabularies;
        this.events = events;
        this.snapshot = new TransactionTemplate(transactions);
        // one consistent view of the record for the whole report
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** A checked request. */
    record Valid(String template, LocalDate from, LocalDate to, String place, String audience, String language,
                 String format) {

        boolean publicAudience() {
            return "public".equals(audience);
        }
    }

    public GeneratedReport generate(ReportRequest request) {
        Valid checked = check(request);
        Actor caller = Actor.current();
        // a reader with the public clearance can only ever make the public report, whatever was asked
        Valid valid = caller.clearance() == Clearance.PUBLIC ? new Valid(checked.template(), checked.from(), checked.to(),
                checked.place(), "public", checked.language(), checked.format()) : checked;
        TemplateDefinition template = templates.get(valid.template()).definition();
        Actor reader = valid.publicAudience() ? Actor.PUBLIC : caller;
        ReportDocument report = Actor.callAs(reader, () -> snapshot.execute(tx -> builder.build(template, valid)));
        byte[] bytes = switch (valid.format()) {
            case "docx" -> new DocxRenderer().render(report);
            case "pdf" -> new PdfRenderer().render(report);
            case "html" -> new HtmlRenderer(false).render(report);
            default -> new MarkdownRenderer().render(report);
        };
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("template", valid.template());
        details.put("from", valid.from().toString());
        details.put("to", valid.to().toString());
        if (valid.place() != null) {
            details.put("place", valid.place());
        }
        details.put("audience", valid.audience());
        details.put("language", valid.language());
        details.put("format", valid.format());
        details.put("sources", report.notes().size());
        events.publishEvent(new AuditEvent("report_generated", "report_template", valid.template(), details));
        String fileName = valid.template() + "-" + valid.from() + "-" + valid.to() + (valid.place() == null ? "" : "-" + valid.place())
                + "-" + valid.audience() + "-" + valid.language() + "." + valid.format();
        return new GeneratedReport(bytes, CONTENT_TYPES.get(valid.format()), fileName);
    }

    Valid check(ReportRequest request) {
        Checker check = Checker.root();
        if (!check.required(request)) {
            check.throwIfProblems();
        }
        String template = check.at("template").requiredText(request.template(), 40);
        if (template != null && templates.find(template).isEmpty()) {
            check.at("template").problem("no template '" + template + "'");
        }
        LocalDate from = check.at("from").required(request.from()) ? check.at("from").date(request.from()) : null;
        LocalDate to = check.at("to").required(request.to()) ? check.at("to").date(request.to()) : null;
        if (from != null && to != null && to.isBefore(from)) {
            check.at("to").problem("must not be before from");
        }
        String place = blankToNull(request.place());
        if (place != null && vocabularies.placeId(place).isEmpty()) {
            check.at("place").problem("'" + place + "' is not a place of the vocabulary");
        }
        String audience = orDefault(request.audience(), "internal");
        check.at("audience").oneOf(audience, AUDIENCES);
        String language = orDefault(request.language(), "en");
        check.at("language").oneOf(language, LANGUAGES);
        String format = check.at("format").required(request.format()) ? check.at("format").oneOf(request.format(), FORMATS) : null;
        check.throwIfProblems();
        return new Valid(template, from, to, place, audience, language, format);
    }

    /** The template names there are (built-in and saved). */
    public List<String> templateNames() {
        return templates.all().stream().map(ReportTemplates.Template::name).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        String v = blankToNull(value);
        return v == null ? fallback : v;
    }

}
