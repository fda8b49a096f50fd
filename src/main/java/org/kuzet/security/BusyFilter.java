package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A request that finds no free database connection before it reaches a controller — the session of a signed-in
 * browser and an API token are both looked up in the database by filters, before Spring MVC and its error advice —
 * is answered 503 with when to try again, as the controllers' advice answers it ({@code ApiErrors}, {@code
 * PageAdvice}): a problem detail for the API, a short page in the reader's language for a browser. Under the load of
 * 50 users at 100,000 incidents these were 500s with Spring's default body. The page is written here, not rendered
 * by the site's layout, since rendering it would ask the database for the session again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class BusyFilter extends OncePerRequestFilter {

    /** Seconds a client is asked to wait, as the controllers' advice asks. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;

    BusyFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!noConnection(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Busy",
                        "The server is too busy to answer now; nothing was changed. Try again in a few seconds.");
            } else {
                page(request, response);
            }
        }
    }

    /** Whether the failure, or what caused it, is a connection the pool could not give in time. */
    static boolean noConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = List.of("ru", "kk").contains(request.getLocale().getLanguage()) ? request.getLocale() : Locale.ENGLISH;
        String title = HtmlUtils.htmlEscape(messages.getMessage("problem.503.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("problem.503.text", null, locale));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " · Kuzet</title>"
                + "</head><body><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>");
    }
}
