package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kuzet.shared.Actor;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors that reach a browser (refused, not found, too large, a failure of ours) as a page in the site's layout
 * and language, saying what happened and where to go, never how: no exception text and no stack trace. API
 * clients asking for JSON keep getting problem details.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return view(messages, request, status);
    }

    /** The error page for {@code status}; also used by {@link PageAdvice} for refusals thrown by page controllers. */
    static ModelAndView view(MessageSource messages, HttpServletRequest request, HttpStatus status) {
        String kind = switch (status) {
            case FORBIDDEN, NOT_FOUND, CONTENT_TOO_LARGE, BAD_REQUEST, METHOD_NOT_ALLOWED, SERVICE_UNAVAILABLE ->
                    String.valueOf(status.value());
            default -> status.is5xxServerError() ? "500" : "400";
        };
        Page page = new Page(messages, RequestContextUtils.getLocale(request), Actor.current(), request);
        return new ModelAndView("problem", Map.of("page", page, "status", status.value(), "kind", kind), status);
    }
}
