package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.Problem;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.vocabulary.Labels;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The controlled vocabularies for administrators: every term with its labels in English, Russian and Kazakh,
 * relabelled or retired in place (a retired term stays on the records that use it but is no longer offered), and
 * new terms added. Codes never change: records and bundles refer to them.
 */
@Controller
class VocabularyPages {

    static final List<String> ORDER = List.of("incident_type", "right", "perpetrator_kind", "role", "organization_kind",
            "source_kind", "vulnerability");

    private final Vocabularies vocabularies;

    VocabularyPages(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping("/vocabularies")
    String index() {
        return "redirect:/vocabularies/" + ORDER.getFirst();
    }

    @GetMapping("/vocabularies/{name}")
    String vocabulary(@PathVariable String name, @RequestParam(required = false) String saved, Model model) {
        return show(name, saved, null, null, model);
    }

    @PostMapping("/vocabularies/{name}/{code}")
    String relabel(@PathVariable String name, @PathVariable String code, @RequestParam(required = false) String en,
                   @RequestParam(required = false) String ru, @RequestParam(required = false) String kk,
                   @RequestParam(required = false) String active, Model model, HttpServletResponse response) {
        requireVocabulary(name);
        if (vocabularies.termId(name, code).isEmpty()) {
            throw new RecordNotFoundException("term", name + "/" + code);
        }
        return save(name, code, new Labels(en, ru, kk), active != null, model, response);
    }

    @PostMapping("/vocabularies/{name}")
    String add(@PathVariable String name, @RequestParam(required = false) String code, @RequestParam(required = false) String en,
               @RequestParam(required = false) String ru, @RequestParam(required = false) String kk, Model model,
               HttpServletResponse response) {
        requireVocabulary(name);
        String trimmed = code == null ? null : code.strip();
        if (trimmed != null && !trimmed.isEmpty() && vocabularies.termId(name, trimmed).isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return show(name, null, null, new TermProblems(null, List.of("code: '" + trimmed + "' exists already; change its labels in its row")),
                    model);
        }
        return save(name, trimmed, new Labels(en, ru, kk), true, model, response);
    }

    private String save(String name, String code, Labels labels, boolean active, Model model, HttpServletResponse response) {
        try {
            vocabularies.saveChecked(name, code, labels, active);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            List<String> problems = e.problems().stream().map(VocabularyPages::readable).toList();
            return show(name, null, new Term(name, code, labels, active), new TermProblems(code, problems), model);
        }
        return "redirect:/vocabularies/" + name + "?saved=" + code;
    }

    /** An administrator confirms an article a writer proposed, with its labels in every language. */
    @PostMapping("/vocabularies/articles/{code}/{article}/confirm")
    String confirmArticle(@PathVariable String code, @PathVariable String article, @RequestParam(required = false) String en,
                          @RequestParam(required = false) String ru, @RequestParam(required = false) String kk,
                          @RequestParam(required = false) String back, Model model, HttpServletResponse response) {
        String name = back != null && ORDER.contains(back) ? back : ORDER.getFirst();
        try {
            vocabularies.confirmArticle(code, article, new Labels(en, ru, kk));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("articleProblems", code + "-" + article + ": "
                    + String.join("; ", e.problems().stream().map(VocabularyPages::readable).toList()));
            return show(name, null, null, null, model);
        }
        return "redirect:/vocabularies/" + name + "?saved=" + code + "-" + article;
    }

    private String show(String name, String saved, Term typed, TermProblems problems, Model model) {
        requireVocabulary(name);
        List<Term> terms = vocabularies.terms(name).stream()
                .map(t -> typed != null && t.code().equals(typed.code()) ? typed : t).toList();
        model.addAttribute("names", ORDER);
        model.addAttribute("name", name);
        model.addAttribute("terms", terms);
        model.addAttribute("saved", saved);
        model.addAttribute("problems", problems);
        model.addAttribute("proposedArticles", vocabularies.proposedArticles());
        model.addAttribute("typed", typed != null && vocabularies.termId(name, typed.code() == null ? "" : typed.code()).isEmpty()
                ? typed : null);
        return "admin/vocabulary";
    }

    /** "$.labels.ru: is required" reads "ru: is required" next to the term. */
    private static String readable(Problem problem) {
        String path = problem.path() == null ? "" : problem.path().replaceFirst("^\\$\\.(labels\\.)?", "");
        return path.isEmpty() ? problem.message() : path + ": " + problem.message();
    }

    private static void requireVocabulary(String name) {
        if (!ORDER.contains(name)) {
            throw new RecordNotFoundException("vocabulary", name);
        }
    }

}
