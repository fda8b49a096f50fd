package org.kuzet.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kuzet.identity.DuplicatePair;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.MergeResult;
import org.kuzet.identity.Merges;
import org.kuzet.identity.Subject;
import org.kuzet.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue of possible duplicates (persons and organisations tabs): each pair side by side with the
 * reasons of its score; reviewers and administrators merge (choosing the survivor) or mark "not the same", and
 * get a notice with Undo after a merge; anyone may skip a pair for now. Editors see the queue (security
 * configuration lets only reviewers and administrators post).
 */
@Controller
class DuplicatePages {

    static final int PAGE_SIZE = 20;
    /** How many of the queue's first pairs words to find are looked for in (each is scored again to be shown). */
    private static final int PAIRS_SEARCHED = PageOf.EXACT_UP_TO;

    private final Duplicates duplicates;
    private final Merges merges;
    DuplicatePages(Duplicates duplicates, Merges merges) {
        this.duplicates = duplicates;
        this.merges = merges;
    }

    @GetMapping("/duplicates")
    String queue(@RequestParam(defaultValue = "persons") String type, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) List<String> skip, @RequestParam(required = false) Long merged,
                 @RequestParam(required = false) String survivor, @RequestParam(defaultValue = "false") boolean undone,
                 @RequestParam(required = false) String q, Model model) {
        Subject subject = subject(type);
        Set<String> skipped = new LinkedHashSet<>(skip == null ? List.of() : skip);
        // pages beyond the lists' bound are not offered (and a page number cannot overflow the window below)
        int shown = Math.min(Math.max(page, 0), PageOf.EXACT_UP_TO / PAGE_SIZE);
        String find = q == null || q.isBlank() ? null : q.strip().toLowerCase(java.util.Locale.ROOT);
        PageOf<DuplicatePair> pairs;
        boolean searchedFirstOnly = false;
        if (find == null && skipped.isEmpty()) {
            pairs = duplicates.queue(subject, shown, PAGE_SIZE);
        } else {
            // Skipped pairs are left out of this visit only (they travel in the address, nothing is stored), and words
            // are looked for in the pairs' names: the pairs up to this page past the skipped ones are read, or the
            // first PAIRS_SEARCHED to find words in, each scored again for its reasons.
            PageOf<DuplicatePair> read = duplicates.queue(subject, 0,
                    find == null ? (shown + 1) * PAGE_SIZE + skipped.size() : PAIRS_SEARCHED);
            List<DuplicatePair> left = new ArrayList<>();
            read.items().stream().filter(p -> !skipped.contains(pairId(p)))
                    .filter(p -> find == null || p.toString().toLowerCase(java.util.Locale.ROOT).contains(find)).forEach(left::add);
            // with words to find, the count is of the pairs found among those read, exact as such
            long total = find == null ? read.total() - (read.items().size() - left.size()) : left.size();
            boolean exact = find != null || read.totalExact();
            searchedFirstOnly = find != null && (!read.totalExact() || read.items().size() < read.total());
            int from = Math.min(left.size(), shown * PAGE_SIZE);
            pairs = new PageOf<>(left.subList(from, Math.min(left.size(), from + PAGE_SIZE)), total, exact, shown, PAGE_SIZE);
        }
        String next = pairs.hasNext() ? address(subject, shown + 1, skipped, find) : null;
        String previous = shown > 0 ? address(subject, shown - 1, skipped, find) : null;
        model.addAttribute("queue", new DuplicateQueue(subject.collection(), pairs, List.copyOf(skipped), merged, survivor, undone,
                next, previous, find == null ? "" : q.strip(), searchedFirstOnly ? PAIRS_SEARCHED : null));
        return "identity/duplicates";
    }

    @PostMapping("/duplicates/merge")
    String merge(@RequestParam String type, @RequestParam String survivor, @RequestParam String first,
                 @RequestParam String second) {
        Subject subject = subject(type);
        String duplicate = survivor.equals(first) ? second : first;
        Integer version = merges.currentVersion(subject, survivor).orElse(null);
        MergeResult result = merges.merge(subject, survivor, duplicate, version);
        return "redirect:" + UriComponentsBuilder.fromPath("/duplicates").queryParam("type", subject.collection())
                .queryParam("merged", result.mergeId()).queryParam("survivor", result.survivor()).build().encode().toUriString();
    }

    @PostMapping("/duplicates/undo")
    String undo(@RequestParam String type, @RequestParam String survivor, @RequestParam long merge) {
        Subject subject = subject(type);
        merges.undo(subject, survivor, merge);
        return "redirect:" + UriComponentsBuilder.fromPath("/duplicates").queryParam("type", subject.collection())
                .queryParam("undone", true).build().encode().toUriString();
    }

    @PostMapping("/duplicates/distinct")
    String distinct(@RequestParam String type, @RequestParam String first, @RequestParam String second) {
        Subject subject = subject(type);
        duplicates.distinct(subject, first, second);
        return "redirect:/duplicates?type=" + subject.collection();
    }

    static String pairId(DuplicatePair p) {
        return p.first().key() + "~" + p.second().key();
    }

    private static String address(Subject subject, int page, Set<String> skipped, String q) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/duplicates").queryParam("type", subject.collection())
                .queryParam("page", page);
        if (q != null) {
            b.queryParam("q", q);
        }
        skipped.forEach(s -> b.queryParam("skip", s));
        return b.build().encode().toUriString();
    }

    private static Subject subject(String type) {
        return "organizations".equals(type) ? Subject.ORGANIZATION : Subject.PERSON;
    }
}
