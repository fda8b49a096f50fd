package org.kuzet.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The previous and next links of a paged list found by {@code q}; {@code null} where there is no such page. */
final class ListLinks {

    private ListLinks() {
    }

    static String previous(String path, String q, int page) {
        return page > 0 ? link(path, q, page - 1) : null;
    }

    static String next(String path, String q, int page, int size, long total) {
        return (long) (page + 1) * size < total ? link(path, q, page + 1) : null;
    }

    private static String link(String path, String q, int page) {
        StringBuilder link = new StringBuilder(path).append("?page=").append(page);
        if (q != null) {
            link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return link.toString();
    }
}
