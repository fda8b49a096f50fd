package org.kuzet.web;

import java.util.List;
import org.kuzet.event.EventDocument;
import org.kuzet.event.Events;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Events — what groups many incidents, such as the protests of 22 February 2020 — and the incidents of each. */
@Controller
class EventPages {

    static final int PAGE_SIZE = 50;

    private final Events events;
    private final IncidentCatalog incidents;
    private final Vocabularies vocabularies;
    private final RecordNames names;

    EventPages(Events events, IncidentCatalog incidents, Vocabularies vocabularies, RecordNames names) {
        this.events = events;
        this.incidents = incidents;
        this.vocabularies = vocabularies;
        this.names = names;
    }

    @GetMapping("/events")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String query = q == null || q.isBlank() ? null : q.strip();
        int shown = Math.max(page, 0);
        PageOf<EventDocument> found = events.list(new Events.Filter(null, null, query), shown, PAGE_SIZE);
        model.addAttribute("q", query);
        model.addAttribute("events", found);
        model.addAttribute("glossary", glossary());
        model.addAttribute("previous", ListLinks.previous("/events", query, shown));
        model.addAttribute("next", ListLinks.next("/events", query, found));
        return "events/list";
    }

    @GetMapping("/events/{key}")
    String event(@PathVariable String key, @RequestParam(required = false) String saved, Model model) {
        EventDocument event = events.find(key).orElseThrow(() -> new RecordNotFoundException("event", key));
        model.addAttribute("event", event);
        model.addAttribute("saved", saved != null);
        model.addAttribute("incidents", incidents.ofEvent(event.key()));
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", names.of(List.of(), List.of(), (event.sources() == null ? List.<Citation>of()
                : event.sources()).stream().map(Citation::source).toList(), List.of()));
        return "events/event";
    }

    private Glossary glossary() {
        return new Glossary(vocabularies, RequestLanguage.current().orElse("en"));
    }
}
