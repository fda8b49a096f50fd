package org.kuzet.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The labels of the pages (messages*.properties). Where a Kazakh label is not written yet, a Kazakh page shows the
 * Russian one, which its readers share, rather than the English default that a resource bundle would fall back to.
 */
final class KazakhFallbackMessages implements MessageSource {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    private final Set<String> kazakh;

    KazakhFallbackMessages() {
        bundles.setBasename("messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        this.kazakh = keysOf("messages_kk.properties");
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return bundles.getMessage(code, args, defaultMessage, bundleFor(locale, code));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
        return bundles.getMessage(code, args, bundleFor(locale, code));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        String[] codes = resolvable.getCodes();
        boolean written = codes != null && Arrays.stream(codes).anyMatch(kazakh::contains);
        return bundles.getMessage(resolvable, isKazakh(locale) && !written ? RUSSIAN : locale);
    }

    private Locale bundleFor(Locale locale, String code) {
        return isKazakh(locale) && !kazakh.contains(code) ? RUSSIAN : locale;
    }

    private static boolean isKazakh(Locale locale) {
        return locale != null && "kk".equals(locale.getLanguage());
    }

    private static Set<String> keysOf(String resource) {
        Properties properties = new Properties();
        ClassPathResource file = new ClassPathResource(resource);
        if (file.exists()) {
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return Set.copyOf(properties.stringPropertyNames());
    }
}
