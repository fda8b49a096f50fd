package org.kuzet.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kuzet.event.EventDocument;
import org.kuzet.event.Events;
import org.kuzet.search.Pickers;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Checker;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.vocabulary.Place;
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
 * Creating and editing an event (what groups many incidents) with every field, under the standard of every form:
 * problems next to their fields with everything typed kept, nothing saved when someone saved the event meanwhile
 * (both versions side by side), and a save refused rather than erasing what the writer may not see.
 */
@Controller
class EventFormPages {

    private final Events events;
    private final Vocabularies vocabularies;
    private final Pickers pickers;
    private final MessageSource messages;

    EventFormPages(Events events, Vocabularies vocabularies, Pickers pickers, MessageSource messages) {
        this.events = events;
        this.vocabularies = vocabularies;
        this.pickers = pickers;
        this.messages = messages;
    }

    @GetMapping("/events/new")
    String newEvent(Model model) {
        return form(model, EventForm.empty(lang()), Map.of(), null, null, List.of());
    }

    @PostMapping("/events")
    String create(EventForm form, Model model, HttpServletResponse response) {
        Checker check = Checker.root();
        EventDocument doc = form.toDocument(null, null, check);
        try {
            String key = events.create(doc, check, Actor.current().userId()).key();
            return "redirect:/events/" + key + "?saved";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, EventForm.FIELDS.byField(e.problems()), null, null, List.of());
        }
    }

    @GetMapping("/events/{key}/edit")
    String edit(@PathVariable String key, Model model) {
        EventDocument stored = events.get(key);
        return form(model, EventForm.of(stored, lang()), Map.of(), stored.key(), stored.version(), List.of());
    }

    /** Saves an edit if nobody saved the event since the version the form was read at. */
    @PostMapping("/events/{key}")
    String update(@PathVariable String key, EventForm form, @RequestParam(required = false) Integer version, Model model,
                  HttpServletResponse response) {
        EventDocument stored = events.get(key);
        Checker check = Checker.root();
        EventDocument doc = form.toDocument(stored, version, check);
        try {
            events.update(stored.key(), doc, check, Actor.current().userId());
            return "redirect:/events/" + stored.key() + "?saved";
        } catch (StaleVersionException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            EventDocument current = events.get(key);
            return form(model, form, Map.of(), stored.key(), current.version(),
                    conflict(form, EventForm.of(current, form.language())));
        } catch (HiddenPartsException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return form(model, form, Map.of("title", e.getMessage()), stored.key(), version, List.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            // the version the user read stays, so that a later save still notices a save by someone else
            return form(model, form, EventForm.FIELDS.byField(e.problems()), stored.key(),
                    version == null ? stored.version() : version, List.of());
        }
    }

    /** The fields of the user's version and of the stored one, as the form shows them. */
    private List<Conflict> conflict(EventForm mine, EventForm theirs) {
        Glossary glossary = new Glossary(vocabularies, lang());
        List<Conflict> rows = new ArrayList<>();
        rows.add(new Conflict("title", mine.title(), theirs.title()));
        rows.add(new Conflict("date", date(mine.date(), mine.dateApproximate()), date(theirs.date(), theirs.dateApproximate())));
        rows.add(new Conflict("endDate", date(mine.endDate(), mine.endDateApproximate()),
                date(theirs.endDate(), theirs.endDateApproximate())));
        rows.add(new Conflict("place", blank(mine.place()) == null ? null : glossary.place(mine.place()),
                blank(theirs.place()) == null ? null : glossary.place(theirs.place())));
        rows.add(new Conflict("description", mine.description(), theirs.description()));
        rows.add(new Conflict("sources", sources(mine), sources(theirs)));
        rows.add(new Conflict("confidentiality", code("confidentiality", mine.confidentiality()),
                code("confidentiality", theirs.confidentiality())));
        return rows.stream().map(r -> new Conflict(r.field(), blank(r.mine()), blank(r.theirs()))).toList();
    }

    private String sources(EventForm form) {
        return String.join("\n", pickers.named("sources", form.sources(), lang()).stream()
                .map(c -> c.name() + " (" + c.key() + ")").toList());
    }

    private static String date(String date, Boolean approximate) {
        String d = blank(date);
        return d == null ? null : Boolean.TRUE.equals(approximate) ? "~" + d : d;
    }

    private String code(String group, String code) {
        return blank(code) == null ? null
                : messages.getMessage(group + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    private String form(Model model, EventForm form, Map<String, String> problems, String key, Integer version,
                        List<Conflict> conflict) {
        String lang = lang();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("places", vocabularies.places().stream()
                .filter(p -> p.code().startsWith("kz") || p.code().equals(form.place()))
                .sorted(Comparator.comparing((Place p) -> p.names().in(lang))).toList());
        model.addAttribute("sources", pickers.named("sources", form.sources(), lang));
        model.addAttribute("action", key == null ? "/events" : "/events/" + key);
        model.addAttribute("eventKey", key);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        return "events/form";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
