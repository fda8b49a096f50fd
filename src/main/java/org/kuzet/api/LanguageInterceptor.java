package org.kuzet.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.RequestLanguage;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the language an API client asks for: {@code ?lang=ru}, else the first of en/ru/kk in
 * {@code Accept-Language}. Without either, localized text is returned as stored, all languages side by side.
 */
@Configuration(proxyBeanMethods = false)
class LanguageInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            if (!LocalizedText.LANGUAGES.contains(lang)) {
                throw InvalidInputException.of("lang", "'" + lang + "' is not one of en, ru, kk");
            }
        } else if (request.getHeader("Accept-Language") != null) {
            lang = java.util.Collections.list(request.getLocales()).stream()
                    .map(Locale::getLanguage).filter(LocalizedText.LANGUAGES::contains).findFirst().orElse(null);
        }
        if (lang != null) {
            RequestLanguage.set(lang);
            response.setHeader("Content-Language", lang);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        RequestLanguage.clear();
    }
}
