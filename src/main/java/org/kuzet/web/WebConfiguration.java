package org.kuzet.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.kuzet.shared.RequestLanguage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the pages: {@code ?lang=ru|en|kk} switches it and a cookie remembers it; without either, the
 * browser's Accept-Language decides. Record text and withheld-victim descriptions follow the same language.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration implements WebMvcConfigurer {

    static final String LANGUAGE_COOKIE = "kuzet-lang";

    private final CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);

    WebConfiguration() {
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
    }

    /** The labels of the pages; Kazakh falls back to Russian where a label is not translated yet. */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        return new KazakhFallbackMessages();
    }

    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PageLanguage(resolver))
                .excludePathPatterns("/api/**", "/webjars/**", "/assets/**", "/v3/api-docs/**");
    }

    /** Applies {@code ?lang=} and tells the record services which language the page is in. */
    private record PageLanguage(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Languages.supported(request.getParameter("lang"))
                    .ifPresent(locale -> resolver.setLocale(request, response, locale));
            Locale locale = resolver.resolveLocale(request);
            RequestLanguage.set(Languages.of(locale));
            response.setHeader("Content-Language", Languages.of(locale));
            return true;
        }

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            RequestLanguage.clear();
        }
    }
}
