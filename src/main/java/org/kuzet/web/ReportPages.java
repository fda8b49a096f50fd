package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kuzet.organization.Organizations;
import org.kuzet.reporting.GeneratedReport;
import org.kuzet.reporting.RecommendationDocument;
import org.kuzet.reporting.Recommendations;
import org.kuzet.reporting.ReportRequest;
import org.kuzet.reporting.ReportTemplates;
import org.kuzet.reporting.Reports;
import org.kuzet.reporting.TemplateDefinition;
import org.kuzet.shared.Actor;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Json;
import org.kuzet.shared.Problem;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;

/**
 * The reports pages: the form that generates a report and downloads it (every signed-in user, at their own
 * clearance), the recommendations (editors add and delete them) and the templates (administrators edit the JSON
 * definition, checked on save, and reset the built-in ones).
 */
@Controller
class ReportPages {

    private static final Set<String> PLACE_KINDS = Set.of("country", "region", "city_of_republican_significance");

    private final Reports reports;
    private final ReportTemplates templates;
    private final Recommendations recommendations;
    private final Vocabularies vocabularies;
    private final Organizations organizations;

    ReportPages(Reports reports, ReportTemplates templates, Recommendations recommendations, Vocabularies vocabularies,
                Organizations organizations) {
        this.organizations = organizations;
        this.reports = reports;
        this.templates = templates;
        this.recommendations = recommendations;
        this.vocabularies = vocabularies;
    }

    @GetMapping("/reports")
    String form(Model model) {
        LocalDate today = LocalDate.now();
        return form(model, new ReportForm("briefing", today.withDayOfYear(1).toString(), today.toString(), "", "public", "en", "pdf"),
                List.of());
    }

    @PostMapping("/reports")
    Object generate(ReportForm form, Model model, HttpServletResponse response) {
        try {
            GeneratedReport report = reports.generate(new ReportRequest(form.template(), form.from(), form.to(), form.place(),
                    form.audience(), form.language(), form.format()));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_TYPE, report.contentType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(report.content());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, messages(e));
        }
    }

    private String form(Model model, ReportForm form, List<String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("templates", reports.templateNames());
        model.addAttribute("places", vocabularies.places().stream().filter(p -> PLACE_KINDS.contains(p.kind())).toList());
        model.addAttribute("problems", problems);
        return "reports/form";
    }

    @GetMapping("/reports/recommendations")
    String recommendations(@RequestParam(required = false) String saved, Model model) {
        model.addAttribute("saved", saved != null);
        return recommendations(model, List.of());
    }

    @PostMapping("/reports/recommendations/{key}/delete")
    String deleteRecommendation(@PathVariable String key, @RequestParam(required = false) String reason, Model model,
                                HttpServletResponse response) {
        try {
            recommendations.delete(key, reason, Actor.current().userId());
            return "redirect:/reports/recommendations";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return recommendations(model, messages(e));
        }
    }

    private String recommendations(Model model, List<String> problems) {
        List<RecommendationDocument> all = recommendations.list(null);
        model.addAttribute("recommendations", all);
        model.addAttribute("rightLabels", vocabularies.terms("right").stream()
                .collect(java.util.stream.Collectors.toMap(org.kuzet.vocabulary.Term::code, org.kuzet.vocabulary.Term::labels)));
        model.addAttribute("addressees", organizations.namesOf(all.stream().map(RecommendationDocument::addressee).toList()));
        model.addAttribute("problems", problems);
        return "reports/recommendations";
    }

    @GetMapping("/reports/templates/{name}")
    String template(@PathVariable String name, Model model) {
        ReportTemplates.Template template = templates.get(name);
        return template(model, template, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(template.definition()),
                List.of(), false);
    }

    @PostMapping("/reports/templates/{name}")
    String saveTemplate(@PathVariable String name, @RequestParam(required = false) Integer version,
                        @RequestParam(required = false) String definition, Model model, HttpServletResponse response) {
        ReportTemplates.Template current = templates.get(name);
        try {
            TemplateDefinition parsed = definition == null || definition.isBlank() ? null
                    : Json.MAPPER.readValue(definition, TemplateDefinition.class);
            ReportTemplates.Template saved = templates.save(name, version, parsed, Actor.current().userId());
            return template(model, saved, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(saved.definition()),
                    List.of(), true);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return template(model, current, definition, messages(e), false);
        } catch (JacksonException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return template(model, current, definition, List.of("$.definition: not a template definition: " + e.getOriginalMessage()),
                    false);
        }
    }

    @PostMapping("/reports/templates/{name}/reset")
    String resetTemplate(@PathVariable String name) {
        templates.reset(name);
        return "redirect:/reports/templates/" + name;
    }

    private String template(Model model, ReportTemplates.Template template, String definition, List<String> problems, boolean saved) {
        model.addAttribute("template", template);
        model.addAttribute("definition", definition);
        model.addAttribute("problems", problems);
        model.addAttribute("saved", saved);
        return "reports/template";
    }



    private static List<String> messages(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }
}
