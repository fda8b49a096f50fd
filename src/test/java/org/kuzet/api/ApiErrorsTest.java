package org.kuzet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

class ApiErrorsTest {

    @Test
    void noDatabaseConnectionWithinThePoolsWaitIsABusyServerThatSaysWhenToComeBackNotAFailure() {
        // what a request meets when every connection stays busy longer than the pool waits (seen under 50 users)
        var overloaded = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                new SQLTransientConnectionException("kuzet - Connection is not available, request timed out after 10000ms"));

        var answer = new ApiErrors().busy(overloaded);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).contains("nothing was changed").doesNotContain("JDBC", "kuzet -");
    }
}
