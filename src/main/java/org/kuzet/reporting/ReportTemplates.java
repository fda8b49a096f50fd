package org.kuzet.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kuzet.shared.AuditEvent;
import org.kuzet.shared.Checker;
import org.kuzet.shared.Json;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report templates: the built-in "briefing" and "quarterly" (shipped with the application, in
 * {@code reporting/*.json}) and whatever administrators saved. A saved template overrides the built-in one of its
 * name; resetting deletes the saved one, so the built-in one applies again.
 */
@Service
public class ReportTemplates {

    public static final List<String> BUILT_IN = List.of("briefing", "quarterly");
    static final Set<String> KINDS = Set.of("summary", "freedom", "prisoners", "statistics", "recommendations", "text");
    static final Set<String> LAYOUTS = Set.of("cases", "incidents");
    static final Set<String> LANGUAGES = Set.of("en", "ru", "kk");

    private final JdbcClient db;
    private final Vocabularies vocabularies;
    private final ApplicationEventPublisher events;

    ReportTemplates(JdbcClient db, Vocabularies vocabularies, ApplicationEventPublisher events) {
        this.db = db;
        this.vocabularies = vocabularies;
        this.events = events;
    }

    /** A template as stored, with its version (0 for a built-in one never saved). */
    public record Template(String name, boolean builtIn, boolean customised, int version, TemplateDefinition definition) {
    }

    @Transactional(readOnly = true)
    public List<Template> all() {
        Map<String, Template> templates = new LinkedHashMap<>();
        BUILT_IN.forEach(name -> templates.put(name, new Template(name, true, false, 0, builtIn(name).orElseThrow())));
        db.sql("select name, definition::text, version from report_template order by name").query((rs, n) -> stored(
                rs.getString(1), rs.getString(2), rs.getInt(3))).list().forEach(t -> templates.put(t.name(), t));
        return new ArrayList<>(templates.values());
    }

    @Transactional(readOnly = true)
    public Optional<Template> find(String name) {
        Optional<Template> saved = db.sql("select name, definition::text, version from report_template where name = ?")
                .param(name).query((rs, n) -> stored(rs.getString(1), rs.getString(2), rs.getInt(3))).optional();
        return saved.or(() -> builtIn(name).map(d -> new Template(name, true, false, 0, d)));
    }

    public Template get(String name) {
        return find(name).orElseThrow(() -> new RecordNotFoundException("report template", name));
    }

    /**
     * Saves {@code definition} as template {@code name} after checking it (422 naming the field); {@code version}
     * is the version read (0 for a built-in template never saved, or a new one), else 409.
     */
    @Transactional
    public Template save(String name, Integer version, TemplateDefinition definition, Long userId) {
        Checker check = Checker.root();
        if (name == null || !name.matches("[a-z][a-z0-9_-]{0,39}")) {
            check.problemAt("name", "a template name is 1 to 40 lower-case letters, digits, '-' or '_', starting with a letter");
        }
        check.at("version").required(version);
        validate(check.at("definition"), definition);
        check.throwIfProblems();
        String json = Json.write(definition);
        Integer current = db.sql("select version from report_template where name = ? for update").param(name)
                .query(Integer.class).optional().orElse(0);
        if (current.intValue() != version) {
            throw new StaleVersionException("report template", name, version, current);
        }
        if (current == 0) {
            db.sql("insert into report_template (name, definition, updated_by) values (?, ?::jsonb, ?)")
                    .params(name, json, userId).update();
        } else {
            db.sql("update report_template set definition = ?::jsonb, version = version + 1, updated_at = now(), updated_by = ? "
                    + "where name = ?").params(json, userId, name).update();
        }
        events.publishEvent(AuditEvent.of("report_template_saved", "report_template", name));
        return get(name);
    }

    /** Forgets the saved version of a built-in template; the one shipped with the application applies again. */
    @Transactional
    public Template reset(String name) {
        if (!BUILT_IN.contains(name)) {
            throw new RecordNotFoundException("built-in report template", name);
        }
        db.sql("delete from report_template where name = ?").param(name).update();
        events.publishEvent(AuditEvent.of("report_template_reset", "report_template", name));
        return get(name);
    }

    void validate(Checker root, TemplateDefinition definition) {
        if (!root.required(definition)) {
            return;
        }
        texts(root.at("title"), definition.title(), 300, true);
        Checker sections = root.at("sections");
        if (definition.sections().isEmpty()) {
            sections.problem("a template needs at least one section");
        } else if (definition.sections().size() > 40) {
            sections.problem("at most 40 sections");
        }
        Set<String> rights = codes("right");
        for (int i = 0; i < definition.sections().size(); i++) {
            Checker at = sections.at(i);
            TemplateDefinition.SectionSpec section = definition.sections().get(i);
            if (section == null) {
                at.problem("must not be null");
                continue;
            }
            if (at.at("kind").required(section.kind()) && !KINDS.contains(section.kind())) {
                at.at("kind").problem("must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
            }
            texts(at.at("heading"), section.heading(), 200, true);
            texts(at.at("text"), section.text(), 10_000, false);
            boolean freedom = "freedom".equals(section.kind());
            if (freedom && section.rights().isEmpty()) {
                at.at("rights").problem("a freedom section names at least one right");
            }
            if (!freedom && !section.rights().isEmpty()) {
                at.at("rights").problem("only freedom sections take rights");
            }
            for (int r = 0; r < section.rights().size(); r++) {
                if (!rights.contains(section.rights().get(r))) {
                    at.at("rights").at(r).problem("'" + section.rights().get(r) + "' is not a right of the vocabulary");
                }
            }
            if (section.layout() != null && (!freedom || !LAYOUTS.contains(section.layout()))) {
                at.at("layout").problem(freedom ? "must be cases or incidents" : "only freedom sections take a layout");
            }
            if (section.recommendations() != null && !freedom) {
                at.at("recommendations").problem("only freedom sections take recommendations");
            }
            boolean statistics = "statistics".equals(section.kind());
            if (statistics && section.statistics().isEmpty()) {
                at.at("statistics").problem("a statistics section names at least one statistic");
            }
            if (!statistics && !section.statistics().isEmpty()) {
                at.at("statistics").problem("only statistics sections take statistics");
            }
            for (int s = 0; s < section.statistics().size(); s++) {
                if (!ReportStatistics.NAMES.contains(section.statistics().get(s))) {
                    at.at("statistics").at(s).problem("must be one of " + String.join(", ", ReportStatistics.NAMES));
                }
            }
        }
    }

    private static void texts(Checker at, Map<String, String> texts, int maxLength, boolean required) {
        if (required && (texts.get("en") == null || texts.get("en").isBlank())) {
            at.at("en").problem("required");
        }
        if (required && (texts.get("ru") == null || texts.get("ru").isBlank())) {
            at.at("ru").problem("required");
        }
        texts.forEach((language, text) -> {
            if (!LANGUAGES.contains(language)) {
                at.at(language).problem("not a language of the record (en, ru, kk)");
            } else if (text != null && text.length() > maxLength) {
                at.at(language).problem("at most " + maxLength + " characters");
            }
        });
    }

    private Set<String> codes(String vocabulary) {
        return Set.copyOf(vocabularies.terms(vocabulary).stream().map(org.kuzet.vocabulary.Term::code).toList());
    }

    private static Template stored(String name, String json, int version) {
        return new Template(name, BUILT_IN.contains(name), true, version, Json.MAPPER.readValue(json, TemplateDefinition.class));
    }

    static Optional<TemplateDefinition> builtIn(String name) {
        if (!BUILT_IN.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reporting/" + name + ".json")) {
            return Optional.of(Json.MAPPER.readValue(in, TemplateDefinition.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
