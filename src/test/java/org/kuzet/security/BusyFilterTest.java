package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

class BusyFilterTest {

    // what a signed-in browser's session lookup met under 50 users at 100k: every connection busy past the pool's wait
    private static final FilterChain SESSION_LOOKUP_WITHOUT_A_CONNECTION = (request, response) -> {
        throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("kuzet - Connection is not available, request timed out after 10005ms"));
    };

    private final BusyFilter filter = new BusyFilter(messages());

    @Test
    void anApiRequestThatGetsNoConnectionBeforeItsControllerIsABusyProblemWithWhenToComeBack() throws Exception {
        var response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/incidents"), response, SESSION_LOOKUP_WITHOUT_A_CONNECTION);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "nothing was changed")
                .doesNotContain("JDBC", "kuzet -");
    }

    @Test
    void aPageRequestGetsTheBusyPageInTheReadersLanguage() throws Exception {
        var request = new MockHttpServletRequest("GET", "/incidents");
        request.addPreferredLocale(Locale.forLanguageTag("ru"));
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, SESSION_LOOKUP_WITHOUT_A_CONNECTION);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("lang=\"ru\"", "Сервер перегружен").doesNotContain("JDBC");
    }

    @Test
    void anyOtherFailureIsLeftToTheUsualErrorHandling() {
        FilterChain failing = (request, response) -> {
            throw new ServletException(new IllegalStateException("a bug"));
        };

        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(), failing))
                .isInstanceOf(ServletException.class);
    }

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
