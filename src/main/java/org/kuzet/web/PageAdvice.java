package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import org.kuzet.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page of the web interface its {@link Page} as the template parameter {@code page}. */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
class PageAdvice {

    private final MessageSource messages;

    PageAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return new Page(messages, RequestContextUtils.getLocale(request), Actor.current(), request);
    }
}
