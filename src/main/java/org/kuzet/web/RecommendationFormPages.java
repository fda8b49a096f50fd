package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kuzet.reporting.RecommendationDocument;
import org.kuzet.reporting.Recommendations;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
        Checker check = Checker.root();
        RecommendationDocument doc = form.toDocument(null, null, check);
        try {
            recommendations.create(doc, check, Actor.current().userId());
            return "redirect:/reports/recommendations?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, FormFields.of().byField(e.problems()), null, null, List.of());
        }
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
        Checker check = Checker.root();
        RecommendationDocument doc = form.toDocument(stored, version, check);
        try {
            recommendations.update(key, doc, check, Actor.current().userId());
            return "redirect:/reports/recommendations?saved";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            RecommendationDocument current = recommendations.get(key);
            return form(model, form, Map.of(), key, current.version(),
                    conflict(form, RecommendationForm.of(current, form.language())));
        } catch (HiddenPartsException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return form(model, form, Map.of("addressee", e.getMessage()), key, version, List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            // the version the user read stays, so that a later save still notices a save by someone else
            return form(model, form, FormFields.of().byField(e.problems()), key,
                    version == null ? stored.version() : version, List.of());
        }
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
