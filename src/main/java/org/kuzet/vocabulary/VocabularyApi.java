package org.kuzet.vocabulary;

import java.util.List;
import java.util.Map;
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
        return vocabularies.saveChecked(vocabulary, code, body.labels(), body.active() == null || body.active());
    }

    record TermLabels(Labels labels, Boolean active) {
    }
}
