package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.kuzet.shared.Actor;
import org.kuzet.shared.HiddenPartsException;
import org.kuzet.shared.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every page of the web interface its {@link Page} as the template parameter {@code page}, binds every form
 * through its record's constructor alone, and answers a missing record with a page rather than the API's JSON problem
 * (this advice comes before the API's).
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

    /**
     * Every form of the pages is a record, bound through its constructor alone. A form's constructor drops the rows
     * left empty ({@link FormRows#filled}); Spring's second pass, through properties, would then look for such a row
     * at its position in the list, find another row or none, try to create one and fail (a 500 for a blank row
     * between filled ones). A record has no setters, so that pass never had anything else to do; a form that is not a
     * record keeps Spring's usual binding.
     */
    @InitBinder
    void bindFormsThroughTheirConstructorAlone(WebDataBinder binder) {
        ResolvableType type = binder.getTargetType();
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass() : type == null ? null : type.resolve();
        if (form != null && form.isRecord()) {
            binder.setDeclarativeBinding(true);
        }
    }

    /** A refusal or a bad request from a page controller: the error page, not the API's JSON problem. */
    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView refused(ErrorResponseException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
        return ErrorPages.view(messages, request, status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }

    /** No connection to the database within the pool's wait: the busy page, and when to try again. */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ModelAndView busy(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        return ErrorPages.view(messages, request, HttpStatus.SERVICE_UNAVAILABLE);
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
