package org.kuzet.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.vocabulary.LegalArticle;
import org.kuzet.vocabulary.Place;
import org.kuzet.vocabulary.Term;
import org.kuzet.vocabulary.Vocabularies;

/** The labels of vocabulary codes, places and legal articles in the page's language, read once per page. */
public final class Glossary {

    private final Map<String, org.kuzet.vocabulary.Labels> terms = new HashMap<>();
    private final Map<String, org.kuzet.vocabulary.Labels> places = new HashMap<>();
    private final Map<String, org.kuzet.vocabulary.Labels> articles = new HashMap<>();
    private final String lang;

    Glossary(Vocabularies vocabularies, String lang) {
        this.lang = lang;
        for (List<Term> list : vocabularies.terms().values()) {
            list.forEach(t -> terms.put(t.vocabulary() + ":" + t.code(), t.labels()));
        }
        for (Place p : vocabularies.places()) {
            places.put(p.code(), p.names());
        }
        for (LegalArticle a : vocabularies.articles()) {
            articles.put(a.code() + ":" + a.article(), a.labels());
        }
    }

    /** A term's label, e.g. {@code term("incident_type", "detention")}; the code when the term is unknown. */
    public String term(String vocabulary, String code) {
        var labels = terms.get(vocabulary + ":" + code);
        return labels == null ? code : labels.in(lang);
    }

    public String place(String code) {
        var labels = places.get(code);
        return labels == null ? (code == null ? "" : code) : labels.in(lang);
    }

    /** "CC 405 part 1 · Organising the activity of an extremist organisation" without the part when none. */
    public String article(String code, String article) {
        var labels = articles.get(code + ":" + article);
        return labels == null ? "" : labels.in(lang);
    }
}
