package org.kuzet.vocabulary;

import java.util.List;
import java.util.Map;
import org.kuzet.shared.Checker;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reading the vocabularies (everyone) and adding or relabelling terms (administrators). */
@RestController
@RequestMapping(value = "/api/v1/vocabularies", produces = MediaType.APPLICATION_JSON_VALUE)
class VocabularyApi {

    private final Vocabularies vocabularies;

    VocabularyApi(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping
    Map<String, List<Term>> all() {
        return vocabularies.terms();
    }

    @GetMapping("/legal-articles")
    List<LegalArticle> articles() {
        return vocabularies.articles();
    }

    @GetMapping("/places")
    List<Place> places() {
        return vocabularies.places();
    }

    @GetMapping("/{vocabulary}")
    List<Term> terms(@PathVariable String vocabulary) {
        if (!Vocabularies.NAMES.contains(vocabulary)) {
            throw new RecordNotFoundException("vocabulary", vocabulary);
        }
        return vocabularies.terms(vocabulary);
    }

    /** Adds the term or relabels it. */
    @PutMapping(value = "/{vocabulary}/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Term save(@PathVariable String vocabulary, @PathVariable String code, @RequestBody TermLabels body) {
        Checker check = Checker.root();
        check.at("vocabulary").oneOf(vocabulary, Vocabularies.NAMES.stream().sorted().toList());
        if (!code.matches("^[a-z][a-z0-9_]{0,62}$")) {
            check.at("code").problem("must be lower-case letters, digits and _, starting with a letter");
        }
        Labels labels = body.labels();
        if (check.at("labels").required(labels)) {
            check.at("labels").at("en").requiredText(labels.en(), 300);
            check.at("labels").at("ru").requiredText(labels.ru(), 300);
            check.at("labels").at("kk").text(labels.kk(), 300);
        }
        check.throwIfProblems();
        Term term = new Term(vocabulary, code, labels, body.active() == null || body.active());
        vocabularies.saveTerm(term);
        return term;
    }

    record TermLabels(Labels labels, Boolean active) {
    }
}
