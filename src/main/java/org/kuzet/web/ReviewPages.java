package org.kuzet.web;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.incident.IncidentBrowse;
import org.kuzet.incident.IncidentCatalog;
import org.kuzet.incident.IncidentEntry;
import org.kuzet.incident.IncidentFilter;
import org.kuzet.incident.ReviewStatus;
import org.kuzet.shared.Actor;
import org.kuzet.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue: the drafts waiting to be verified and the verified incidents waiting to be published, the last
 * changed first, narrowed by words. Reviewers and administrators verify or publish the ones they tick, all at once;
 * editors see what waits.
 */
@Controller
class ReviewPages {

    static final int PAGE_SIZE = 50;

    private final IncidentCatalog catalog;
    private final IncidentEntry entry;

    ReviewPages(IncidentCatalog catalog, IncidentEntry entry) {
        this.catalog = catalog;
        this.entry = entry;
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String done,
                 @RequestParam(required = false) Integer count, @RequestParam(required = false) String changed,
                 Model model) {
        ReviewStatus waiting = waiting(status);
        String words = q == null || q.isBlank() ? null : q.strip();
        int shown = Math.max(page, 0);
        IncidentBrowse found = catalog.browse(new IncidentFilter(null, null, null, null, null, null, null, null, null, null,
                waiting.code(), words, "-updatedAt"), shown, PAGE_SIZE);
        model.addAttribute("status", waiting.code());
        model.addAttribute("q", words);
        model.addAttribute("incidents", found.incidents());
        model.addAttribute("counts", found.facets().stream().filter(f -> f.parameter().equals("reviewStatus"))
                .flatMap(f -> f.counts().stream()).toList());
        model.addAttribute("done", done == null ? null : done.equals("published") ? "review.donePublished"
                : "review.doneVerified");
        model.addAttribute("count", count == null ? 0 : count);
        model.addAttribute("changed", changed);
        model.addAttribute("previous", shown > 0 ? address(waiting, words, shown - 1) : null);
        model.addAttribute("next", found.incidents().hasNext()
                ? address(waiting, words, shown + 1) : null);
        return "review/queue";
    }

    /** Verifies the ticked incidents ({@code version:key} each), all or none. */
    @PostMapping("/review/verify")
    String verify(@RequestParam(name = "incident", required = false) List<String> ticked,
                  @RequestParam(required = false) String status, @RequestParam(required = false) String q) {
        return reviewed(ticked, status, q, "verified", (list, user) -> entry.verifyAll(list, user));
    }

    /** Publishes the ticked incidents, all or none. */
    @PostMapping("/review/publish")
    String publish(@RequestParam(name = "incident", required = false) List<String> ticked,
                   @RequestParam(required = false) String status, @RequestParam(required = false) String q) {
        return reviewed(ticked, status, q, "published", (list, user) -> entry.publishAll(list, user));
    }

    private interface Step {
        void apply(List<IncidentEntry.Reviewed> incidents, Long userId);
    }

    /** Back to the queue, saying how many were changed, or which one someone saved meanwhile (then none was). */
    private static String reviewed(List<String> ticked, String status, String q, String done, Step step) {
        ReviewStatus waiting = waiting(status);
        List<IncidentEntry.Reviewed> incidents = parse(ticked);
        UriComponentsBuilder back = UriComponentsBuilder.fromPath("/review").queryParam("status", waiting.code());
        if (q != null && !q.isBlank()) {
            back.queryParam("q", q.strip());
        }
        if (!incidents.isEmpty()) {
            try {
                step.apply(incidents, Actor.current().userId());
                back.queryParam("done", done).queryParam("count", incidents.size());
            } catch (StaleVersionException e) {
                back.queryParam("changed", e.key());
            }
        }
        return "redirect:" + back.encode().build().toUriString();
    }

    /** {@code 3:incident-42}: the version the reviewer saw, and the incident. */
    private static List<IncidentEntry.Reviewed> parse(List<String> ticked) {
        List<IncidentEntry.Reviewed> incidents = new ArrayList<>();
        for (String value : ticked == null ? List.<String>of() : ticked) {
            int colon = value.indexOf(':');
            if (colon > 0 && value.substring(0, colon).matches("\\d{1,9}")) {
                incidents.add(new IncidentEntry.Reviewed(value.substring(colon + 1),
                        Integer.valueOf(value.substring(0, colon))));
            }
        }
        return incidents;
    }

    /** The drafts, unless the verified ones are asked for. */
    private static ReviewStatus waiting(String status) {
        return ReviewStatus.VERIFIED.code().equals(status) ? ReviewStatus.VERIFIED : ReviewStatus.DRAFT;
    }

    private static String address(ReviewStatus status, String q, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/review").queryParam("status", status.code())
                .queryParam("page", page);
        if (q != null) {
            b.queryParam("q", q);
        }
        return b.encode().build().toUriString();
    }
}
