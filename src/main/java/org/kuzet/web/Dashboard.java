package org.kuzet.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The headline counts of the record, as far as the reader may see it. */
@Component
class Dashboard {

    private final JdbcClient db;

    Dashboard(JdbcClient db) {
        this.db = db;
    }

    /** The day of the latest incident the reader may see, if any: the dashboard's charts end there. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.LocalDate> latestIncidentDay() {
        return db.sql("select max(date) from incident where deleted_at is null").query(java.time.LocalDate.class).optional();
    }

    /** How many live records of each kind, and how many incidents await review. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Headline> counts() {
        return db.sql("""
                select (select count(*) from incident where deleted_at is null),
                    (select count(*) from incident where deleted_at is null and review_status in ('draft', 'verified')),
                    (select count(*) from person where deleted_at is null),
                    (select count(*) from organization where deleted_at is null),
                    (select count(*) from legal_case where deleted_at is null),
                    (select count(*) from source where deleted_at is null)""")
                .query((rs, n) -> List.of(new Headline("incidents", rs.getLong(1), "/incidents"),
                        new Headline("awaitingReview", rs.getLong(2), "/incidents?status=draft"),
                        new Headline("persons", rs.getLong(3), null),
                        new Headline("organizations", rs.getLong(4), null),
                        new Headline("cases", rs.getLong(5), null),
                        new Headline("sources", rs.getLong(6), null)))
                .single();
    }
}
