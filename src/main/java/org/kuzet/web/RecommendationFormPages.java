package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.reporting.RecommendationDocument;
import org.kuzet.reporting.Recommendations;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creating and editing a recommendation with every field, under the standard of every form: problems next to their
 * fields with everything typed kept, nothing saved when someone saved the recommendation meanwhile (both versions
 * side by side), and a save refused rather than erasing an addressee the writer may not see.
 */
@Controller
class RecommendationFormPages {

    private final Recommendations recommendations;
    private final Vocabularies vocabularies;
    private final Pickers pickers;
    private final MessageSource messages;

    RecommendationFormPages(Recommendations recommendations, Vocabularies vocabularies, Pickers pickers,
                            MessageSource messages) {
        this.recommendations = recommendations;
        this.vocabularies = vocabularies;
        this.pickers = pickers;
        this.messages = messages;
    }

    @GetMapping("/reports/recommendations/new")
    String newRecommendation(Model model) {
        return form(model, RecommendationForm.empty(lang()), Map.of(), null, null, List.of());
    }

    @PostMapping("/reports/recommendations")
    String create(RecommendationForm form, Model model, HttpServletResponse response) {
        return save(model, form, null, response).created(check -> {
            recommendations.create(form.toDocument(null, null, check), check, Actor.current().userId());
            return "/reports/recommendations";
        });
    }

    @GetMapping("/reports/recommendations/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        RecommendationDocument stored = recommendations.get(key);
        return form(model, RecommendationForm.of(stored, lang()), Map.of(), key, stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the recommendation since the version the form was read at. */
    @PostMapping("/reports/recommendations/{key}")
    String update(@PathVariable String key, RecommendationForm form, @RequestParam(required = false) Integer version,
                  Model model, HttpServletResponse response) {
        RecommendationDocument stored = recommendations.get(key);
        return save(model, form, key, response).edited(version, stored.version(), "addressee", check -> {
            recommendations.update(key, form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/reports/recommendations";
        }, () -> {
            RecommendationDocument current = recommendations.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, RecommendationForm.of(current, form.language())));
        });
    }

    private FormSave save(Model model, RecommendationForm form, String key, HttpServletResponse response) {
        return new FormSave(response, FormFields.of(),
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(RecommendationForm mine, RecommendationForm theirs) {
        Glossary glossary = new Glossary(vocabularies, lang());
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("right", blank(mine.right()) == null ? null : glossary.term("right", mine.right()),
                blank(theirs.right()) == null ? null : glossary.term("right", theirs.right())));
        rows.add(new Conflict("addressee", organization(mine.addressee()), organization(theirs.addressee())));
        rows.add(new Conflict("addresseeText", mine.addresseeText(), theirs.addresseeText()));
        rows.add(new Conflict("text", mine.text(), theirs.text()));
        rows.add(new Conflict("position", mine.position(), theirs.position()));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String organization(String key) {
        return blank(key) == null ? null
                : pickers.named("organizations", List.of(key.strip()), lang()).getFirst().name() + " (" + key.strip() + ")";
    }

    private String code(String group, String code) {
        return blank(code) == null ? null
                : messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String form(Model model, RecommendationForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("rights", vocabularies.terms("right").stream()
                .filter(t -> t.active() || t.code().equals(form.right())).toList());
        model.addAttribute("addresseeName", blank(form.addressee()) == null ? null
                : pickers.named("organizations", List.of(form.addressee().strip()), lang()).getFirst().name());
        model.addAttribute("action", key == null ? "/reports/recommendations" : "/reports/recommendations/" + key);
        model.addAttribute("recommendationKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "reports/recommendationForm";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
