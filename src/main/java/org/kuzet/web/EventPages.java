package org.kuzet.web;

import java.util.List;
import org.kuzet.event.EventDocument;
import org.kuzet.event.Events;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citation;
import org.kuzet.vocabulary.Vocabularies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Events — what groups many incidents, such as the protests of 22 February 2020 — and the incidents of each. */
@Controller
class EventPages {

    static final int PAGE_SIZE = 50;

    private final Events events;
    private final IncidentBrowser incidents;
    private final Vocabularies vocabularies;
    private final JdbcClient db;

    EventPages(Events events, IncidentBrowser incidents, Vocabularies vocabularies, JdbcClient db) {
        this.events = events;
        this.incidents = incidents;
        this.vocabularies = vocabularies;
        this.db = db;
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
        model.addAttribute("next", ListLinks.next("/events", query, shown, PAGE_SIZE, found.total()));
        return "events/list";
    }

    @GetMapping("/events/{key}")
    String event(@PathVariable String key, Model model) {
        EventDocument event = events.find(key).orElseThrow(() -> new RecordNotFoundException("event", key));
        model.addAttribute("event", event);
        model.addAttribute("incidents", incidentsOf(event.id()));
        model.addAttribute("glossary", glossary());
        model.addAttribute("names", Names.none().sources(db, (event.sources() == null ? List.<Citation>of() : event.sources())
                .stream().map(Citation::source).toList()));
        return "events/event";
    }

    /** The event's incidents that the reader may see, in date order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<IncidentRow> incidentsOf(long eventId) {
        List<Long> ids = db.sql("select i.id from incident i where i.event_id = ? and i.deleted_at is null order by i.date, i.id limit 500")
                .param(eventId).query(Long.class).list();
        return incidents.rows(ids);
    }

    private Glossary glossary() {
        return new Glossary(vocabularies, RequestLanguage.current().orElse("en"));
    }
}
