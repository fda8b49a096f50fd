package org.kuzet.web;

import java.util.List;
import org.kuzet.identity.DuplicatePair;
import org.kuzet.shared.PageOf;

/**
 * What the duplicates page shows: the tab ({@code persons} or {@code organizations}), a page of pairs, the pairs
 * skipped during this visit, the text the pairs are narrowed to ({@code q}), the merge just made (for its Undo button)
 * or the undo just done, the pager, and how many of the first pairs the text was looked for in when not in all
 * ({@code searchedFirst}, else null).
 */
public record DuplicateQueue(String type, PageOf<DuplicatePair> pairs, List<String> skipped, Long merged, String survivor,
                             boolean undone, String next, String previous, String q, Integer searchedFirst) {
}
