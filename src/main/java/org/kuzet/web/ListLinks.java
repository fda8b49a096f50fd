package org.kuzet.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kuzet.shared.PageOf;

/** The previous and next links of a paged list found by {@code q}; {@code null} where there is no such page. */
final class ListLinks {

    private ListLinks() {
    }

    static String previous(String path, String q, int page) {
        return page > 0 ? link(path, q, page - 1) : null;
    }

    static String next(String path, String q, PageOf<?> shown) {
        return shown.hasNext() ? link(path, q, shown.page() + 1) : null;
    }

    private static String link(String path, String q, int page) {
        StringBuilder link = new StringBuilder(path).append("?page=").append(page);
        if (q != null) {
            link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
