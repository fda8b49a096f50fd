package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.source.Citation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citations of a record, changed from the record's page without its whole form: a source of the record cited
 * with a locator (a footnote, a page, a paragraph) and the claim it supports, a citation's locator and claim
 * changed, a citation removed. The one mechanism of every record that cites sources; each change is an update of the
 * record through its own store ({@link CitedRecords}) at the version the page showed. When the store refuses it, the
 * record's citations come back on a page of their own with what was typed kept: the problems next to their fields,
 * both versions of the citation side by side when someone saved the record meanwhile, or why the writer may not
 * change a record with parts they cannot see.
 */
@Controller
class CitationPages {

    private static final String RECORD = "/{collection:incidents|persons|organizations|cases|events|interventions|reported-figures}/{key}";

    private final CitedRecords records;
    private final RecordNames names;
    private final Pickers pickers;

    CitationPages(CitedRecords records, RecordNames names, Pickers pickers) {
        this.records = records;
        this.names = names;
        this.pickers = pickers;
    }

    @PostMapping(RECORD + "/citations")
    String add(@PathVariable String collection, @PathVariable String key, @RequestParam(required = false) Integer version,
               @RequestParam(required = false) String source, @RequestParam(required = false) String locator,
               @RequestParam(required = false) String claim, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        CitationForm form = new CitationForm(null, source, locator, claim);
        return change(collection, key, version, form, check -> form::addedTo, model, redirect, response);
    }

    @PostMapping(RECORD + "/citations/{index}")
    String edit(@PathVariable String collection, @PathVariable String key, @PathVariable int index,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String locator,
                @RequestParam(required = false) String claim, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        CitationForm form = new CitationForm(index, null, locator, claim);
        return change(collection, key, version, form, check -> citations -> form.changedIn(citations, check), model,
                redirect, response);
    }

    @PostMapping(RECORD + "/citations/{index}/delete")
    String remove(@PathVariable String collection, @PathVariable String key, @PathVariable int index,
                  @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CitationForm form = new CitationForm(index, null, null, null);
        return change(collection, key, version, form, check -> citations -> form.removedFrom(citations, check), model,
                redirect, response);
    }

    private String change(String collection, String key, Integer version, CitationForm form,
                          Function<Checker, UnaryOperator<List<Citation>>> change, Model model,
                          RedirectAttributes redirect, HttpServletResponse response) {
        CitedRecords.Citations read = records.read(collection, key);
        Checker check = Checker.root();
        try {
            records.change(collection, read.key(), version, change.apply(check), check, Actor.current().userId());
            redirect.addFlashAttribute("citationsSaved", true);
            return "redirect:/" + collection + "/" + read.key() + "#sources";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            CitedRecords.Citations current = records.read(collection, key);
            return page(model, collection, current, form, Map.of(), conflict(form, read, current), null);
        } catch (HiddenPartsException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(model, collection, read, form, Map.of(), List.of(), e.getMessage());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            // the version the user read stays, so that a later save still notices a save by someone else
            CitedRecords.Citations shown = new CitedRecords.Citations(read.key(), version == null ? read.version() : version,
                    read.citations());
            return page(model, collection, shown, form, form.problems(e.problems()), List.of(), null);
        }
    }

    /** The citation as the user wanted it and as it is stored now at that position (none for a new one). */
    private List<Conflict> conflict(CitationForm mine, CitedRecords.Citations before, CitedRecords.Citations now) {
        Citation was = mine.index() != null && mine.index() >= 0 && mine.index() < before.citations().size()
                ? before.citations().get(mine.index()) : null;
        Citation theirs = mine.index() != null && mine.index() >= 0 && mine.index() < now.citations().size()
                ? now.citations().get(mine.index()) : null;
        String source = mine.source() != null ? mine.source() : was == null ? null : was.source();
        return List.of(
                new Conflict("source", source == null ? null : sourceName(source), theirs == null ? null : sourceName(theirs.source())),
                new Conflict("locator", blank(mine.locator()), theirs == null ? null : theirs.locator()),
                new Conflict("claim", blank(mine.claim()), theirs == null ? null : theirs.claim()));
    }

    private String sourceName(String key) {
        return pickers.named("sources", List.of(key), lang()).getFirst().name() + " (" + key + ")";
    }

    private String page(Model model, String collection, CitedRecords.Citations citations, CitationForm typed,
                        Map<String, String> problems, List<Conflict> conflict, String refusal) {
        model.addAttribute("collection", collection);
        model.addAttribute("citations", citations);
        model.addAttribute("typed", typed);
        model.addAttribute("problems", problems);
        model.addAttribute("conflict", conflict);
        model.addAttribute("refusal", refusal);
        model.addAttribute("typedSource", blank(typed.source()) == null ? null
                : pickers.named("sources", List.of(typed.source().strip()), lang()).getFirst().name());
        model.addAttribute("names", names.of(List.of(), List.of(),
                citations.citations().stream().map(Citation::source).toList(), List.of()));
        return "records/citationsPage";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
