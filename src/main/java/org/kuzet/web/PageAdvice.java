package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.kuzet.shared.Actor;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every page of the web interface its {@link Page} as the template parameter {@code page}, and answers a
 * missing record with a page rather than the API's JSON problem (this advice comes before the API's).
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return new Page(messages, RequestContextUtils.getLocale(request), Actor.current(), request);
    }

    /** A refusal or a bad request from a page controller: the error page, not the API's JSON problem. */
    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView refused(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return ErrorPages.view(messages, request, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }

    /** A change that would overwrite parts of a record the writer cannot see. */
    @ExceptionHandler(HiddenPartsException.class)
    ModelAndView hiddenParts(HttpServletRequest request) {
        return ErrorPages.view(messages, request, HttpStatus.FORBIDDEN);
    }

    /** Deleted, never recorded, or beyond the reader's clearance: the page does not say which. */
    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("notFound", Map.of("page", page(request)), HttpStatus.NOT_FOUND);
    }
}
