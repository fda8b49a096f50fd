package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With every database connection taken, a request is answered 503 with when to come back, through the real server:
 * the API token is looked up by a filter, before any controller, so only {@link BusyFilter} can answer it.
 */
class BusyServerIntegrationTest extends ApiIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void anApiRequestFindingEveryConnectionTakenIsToldTheServerIsBusyAndWhenToComeBack() throws Exception {
        String token = token(org.kuzet.security.Role.VIEWER);
        List<Connection> taken = new ArrayList<>();
        Response answer;
        try {
            for (int i = 0; i < 10; i++) { // the pool's size (DatabaseConfiguration)
                taken.add(dataSource.getConnection());
            }
            answer = send("GET", "/api/v1/incidents", null, token, "application/json");
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(503);
        assertThat(answer.body()).contains("\"title\":\"Busy\"", "nothing was changed").doesNotContain("JDBC");
        assertThat(send("GET", "/api/v1/incidents", null, token, "application/json").status()).isEqualTo(200);
    }
}
