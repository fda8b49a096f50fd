package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.intervention.InterventionDocument;
import org.kuzet.intervention.Interventions;
import org.kuzet.organization.ContactDocument;
import org.kuzet.organization.Contacts;
import org.kuzet.search.Pickers;
import org.kuzet.shared.PageOf;
import org.kuzet.shared.RecordNotFoundException;
import org.kuzet.shared.RequestLanguage;
import org.kuzet.source.Citation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The interventions: appeals, complaints, statements and letters sent on behalf of victims, and each one's page. */
@Controller
class InterventionPages {

    static final int PAGE_SIZE = 50;

    private final Interventions interventions;
    private final Contacts contacts;
    private final Pickers pickers;
    private final RecordNames names;

    InterventionPages(Interventions interventions, Contacts contacts, Pickers pickers, RecordNames names) {
        this.interventions = interventions;
        this.contacts = contacts;
        this.pickers = pickers;
        this.names = names;
    }

    /** The interventions, latest first, of one kind when {@code kind} names one. */
    @GetMapping("/interventions")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        String shownKind = kind == null || !Interventions.KINDS.contains(kind) ? null : kind;
        int shown = Math.max(page, 0);
        PageOf<InterventionDocument> found = interventions.list(new Interventions.Filter(null, null, shownKind), shown,
                PAGE_SIZE);
        List<String> senders = found.items().stream().map(InterventionDocument::sender).toList();
        String base = "/interventions?" + (shownKind == null ? "" : "kind=" + shownKind + "&") + "page=";
        model.addAttribute("kind", shownKind);
        model.addAttribute("kinds", Interventions.KINDS);
        model.addAttribute("interventions", found);
        model.addAttribute("names", names.of(List.of(), senders, List.of(), List.of()));
        model.addAttribute("previous", shown > 0 ? base + (shown - 1) : null);
        model.addAttribute("next", found.hasNext() ? base + (shown + 1) : null);
        return "interventions/list";
    }

    @GetMapping("/interventions/{key}")
    String intervention(@PathVariable String key, @RequestParam(required = false) String saved, Model model) {
        InterventionDocument doc = interventions.find(key)
                .orElseThrow(() -> new RecordNotFoundException("intervention", key));
        List<ContactDocument> addressees = new ArrayList<>();
        List<String> organizationKeys = new ArrayList<>();
        organizationKeys.add(doc.sender());
        for (String contact : list(doc.addressees())) {
            contacts.find(contact).ifPresent(c -> {
                addressees.add(c);
                organizationKeys.add(c.organization());
            });
        }
        model.addAttribute("intervention", doc);
        model.addAttribute("saved", saved != null);
        model.addAttribute("addressees", addressees);
        model.addAttribute("incidents", pickers.named("incidents", list(doc.incidents()), lang()));
        model.addAttribute("names", names.of(list(doc.persons()), organizationKeys,
                list(doc.sources()).stream().map(Citation::source).toList(), List.of()));
        return "interventions/intervention";
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String lang() {
        return RequestLanguage.current().orElse("en");
    }
}
