package org.kuzet.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kuzet.KuzetApplication;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.storage.EmbeddedDatabase;
import org.kuzet.support.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A record kept by an earlier version, with the person's sensitive fields in plain text, is sealed on upgrade. */
class SealPlainFieldsMigrationIntegrationTest {

    @Test
    void plainSensitiveFieldsOfAnEarlierVersionAreSealedAndThePlainColumnsDropped() {
        Path dir = TestDatabase.dataDir("upgrade-" + UUID.randomUUID().toString().substring(0, 8));
        try (EmbeddedDatabase earlier = EmbeddedDatabase.open(dir)) {
            DataSource owner = new SimpleDriverDataSource(new org.postgresql.Driver(), earlier.jdbcUrl(),
                    earlier.superuser(), earlier.superuserPassword());
            Flyway.configure().dataSource(owner).locations("classpath:db/migration").target("5")
                    .placeholders(Map.of("appRole", earlier.appRole())).load().migrate();
            JdbcClient.create(owner).sql("""
                    insert into person (key, name, contacts, address, date_of_birth, consent_to_publish, consent_notes)
                    values ('bakhytzhan-toregozhina', 'Bakhytzhan Toregozhina', '+7 701 111 22 33', 'Almaty, Zheltoksan 1',
                            '1961-04-05', 'yes', 'consent by letter')""").update();
        }

        try (var app = new SpringApplicationBuilder(KuzetApplication.class).web(WebApplicationType.NONE)
                .properties("kuzet.data-dir=" + dir, "spring.main.banner-mode=off").run()) {
            PersonDocument.Sensitive sensitive = Actor.callAs(Actor.COMMAND_LINE,
                    () -> app.getBean(Persons.class).get("bakhytzhan-toregozhina").sensitive());
            JdbcClient raw = JdbcClient.create(app.getBean("migrationDataSource", DataSource.class));
            String stored = raw.sql("""
                    select row_to_json(p)::text || (select row_to_json(x)::text from person_private x where x.person_id = p.id)
                    from person p where key = 'bakhytzhan-toregozhina'""").query(String.class).single();

            assertThat(sensitive).isEqualTo(new PersonDocument.Sensitive("+7 701 111 22 33", "Almaty, Zheltoksan 1",
                    "1961-04-05", "yes", "consent by letter"));
            assertThat(stored).doesNotContain("701 111", "Zheltoksan", "1961-04-05", "by letter");
            assertThat(raw.sql("select count(*) from information_schema.columns where table_name = 'person' "
                    + "and column_name in ('contacts', 'address', 'date_of_birth', 'consent_notes')").query(Long.class)
                    .single()).isZero();
        }
    }
}
