package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.support.ApiIntegrationTest;
import org.kuzet.support.OwnerView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list of more than 10,000 matches says "more than 10,000" and still offers the next page, through the API and the
 * incident list, instead of counting every match of a million-incident record on every page (PageOf); up to 10,000
 * it counts exactly.
 */
class LongListIntegrationTest extends ApiIntegrationTest {

    @Autowired
    @FlywayDataSource
    DataSource owner;

    @Test
    void aListOfMoreThanTenThousandMatchesSaysSoAndStillOffersTheNextPage() {
        JdbcClient unbound = OwnerView.of(owner);
        String tag = unique("bulk");
        // written straight into the table (10,001 through the API would take minutes), on a day no other test uses
        unbound.sql("""
                insert into incident (key, title, date, date_precision, review_status, confidentiality)
                select ? || '-' || g, jsonb_build_object('original', 'en', 'en', 'Crowd detained, part ' || g),
                       date '1901-03-01', 'day', 'verified', 'internal'
                from generate_series(1, 10001) g""").param(tag).update();
        try {
            String day = "from=1901-03-01&to=1901-03-01";
            var api = send("GET", "/api/v1/incidents?size=50&" + day, null, Role.VIEWER);
            assertThat(api.status()).as(api.body()).isEqualTo(200);
            assertThat(api.json().get("total").asLong()).isEqualTo(10_000);
            assertThat(api.json().get("totalExact").asBoolean()).isFalse();
            assertThat(api.json().get("items").size()).isEqualTo(50);

            WebSession viewer = WebSession.signedIn(port, account(Role.VIEWER), PASSWORD);
            String page = viewer.get("/incidents?" + day).body();
            assertThat(page).contains("More than 10,000 found").contains("rel=\"next\"").contains("Page 1<");
            int lastFull = 10_000 / IncidentPages.PAGE_SIZE - 1;
            assertThat(viewer.get("/incidents?" + day + "&page=" + lastFull).body()).as("up to the 10,000 counted")
                    .contains("Crowd detained, part").contains("rel=\"next\"");
            assertThat(viewer.get("/incidents?" + day + "&page=" + (lastFull + 1)).body()).as("past them: the last, one incident")
                    .contains("Crowd detained, part 1<").doesNotContain("rel=\"next\"");

            unbound.sql("delete from incident where key in (? || '-10000', ? || '-10001')").params(tag, tag).update();
            var counted = send("GET", "/api/v1/incidents?size=50&" + day, null, Role.VIEWER);
            assertThat(counted.json().get("total").asLong()).isEqualTo(9_999);
            assertThat(counted.json().get("totalExact").asBoolean()).isTrue();
            assertThat(viewer.get("/incidents?" + day).body()).contains("9,999 incidents")
                    .contains("Page 1 of " + (9_999 + IncidentPages.PAGE_SIZE - 1) / IncidentPages.PAGE_SIZE);
        } finally {
            unbound.sql("delete from incident where key like ? || '-%'").param(tag).update();
        }
    }
}
