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
import org.kuzet.shared.RequestLanguage;
import org.kuzet.vocabulary.Place;
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
        return save(model, form, null, response).created(check -> "/events/"
                + events.create(form.toDocument(null, null, check), check, Actor.current().userId()).key());
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
        return save(model, form, stored.key(), response).edited(version, stored.version(), "title", check -> {
            events.update(stored.key(), form.toDocument(stored, version, check), check, Actor.current().userId());
            return "/events/" + stored.key();
        }, () -> {
            EventDocument current = events.get(key);
            return new FormSave.Theirs(current.version(), conflict(form, EventForm.of(current, form.language())));
        });
    }

    private FormSave save(Model model, EventForm form, String key, HttpServletResponse response) {
        return new FormSave(response, EventForm.FIELDS,
                (problems, version, conflict) -> form(model, form, problems, key, version, conflict));
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
