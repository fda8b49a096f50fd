package org.kuzet.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** The plain server-rendered pages of sign-in and account: every value escaped, no script, no inline style. */
final class Pages {

    private Pages() {
    }

    static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }

    static String alert(String message) {
        return message == null ? "" : "<p role=\"alert\">" + escape(message) + "</p>";
    }

    /** The hidden field every form needs: the web chain refuses a POST without it. */
    static String csrfField(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return "<input type=\"hidden\" name=\"" + escape(csrf.getParameterName()) + "\" value=\"" + escape(csrf.getToken()) + "\">";
    }

    static String signOutForm(HttpServletRequest request) {
        return "<form method=\"post\" action=\"/logout\">" + csrfField(request)
                + "<p><button type=\"submit\">Sign out</button></p></form>";
    }
}
