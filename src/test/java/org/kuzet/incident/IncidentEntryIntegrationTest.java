package org.kuzet.incident;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.organization.OrganizationDocument;
import org.kuzet.person.PersonDocument;
import org.kuzet.person.Persons;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.shared.InvalidInputException;
import org.kuzet.shared.LocalizedText;
import org.kuzet.shared.Problem;
import org.kuzet.shared.StaleVersionException;
import org.kuzet.source.Citation;
import org.kuzet.source.SourceDocument;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recording an incident with the records it names that are new: checked whole, then written, or nothing at all. */
class IncidentEntryIntegrationTest extends ApiIntegrationTest {

    private static final Actor EDITOR = new Actor(null, "entry-test", "editor", Clearance.INTERNAL);

    @Autowired
    IncidentEntry entry;

    @Autowired
    Incidents incidents;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient db;

    private static IncidentDocument aSearch(String title, List<IncidentDocument.Victim> victims, List<String> types) {
        return new IncidentDocument(null, null, null, LocalizedText.of("en", title), null, null, "2020-02-01", "month", null,
                null, "kz-almaty-city", null, null, null, null, types, List.of("privacy"), victims, null,
                List.of(new IncidentDocument.Perpetrator("knb", null, null, null)), List.of(), List.of(), "internal",
                "draft", List.of(), null, null);
    }

    private static PersonDocument aPerson(String name) {
        return new PersonDocument(null, null, null, name, null, null, null, null, null, null, null, null, null, null,
                "internal", null, null, null);
    }

    private long personsNamed(String name) {
        return db.sql("select count(*) from person where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void newVictimsGetTheirOwnKeysAndFollowThePickedPersonsAndANewSourceFollowsTheCitedOnes() {
        String picked = Actor.callAs(Actor.COMMAND_LINE, () -> persons.create(aPerson(unique("Picked")), null).key());
        String first = unique("Айгерим Нурлановна");
        String second = unique("Aset Abishev");
        SourceDocument newSource = new SourceDocument(null, null, null, "https://bureau.kz/" + unique("s"), null, null,
                null, "media", null, null, null, null, null, null, null, "internal", null, null);

        String key = Actor.callAs(EDITOR, () -> entry.record(new IncidentDraft(
                aSearch("Flat searched", List.of(new IncidentDocument.Victim(picked, null, null)), List.of("search")),
                List.of(aPerson(first), aPerson(second)), List.of(), List.of(newSource)), null));

        IncidentDocument recorded = Actor.callAs(Actor.COMMAND_LINE, () -> incidents.get(key));
        List<String> victims = recorded.victims().stream().map(IncidentDocument.Victim::person).toList();
        assertThat(victims).hasSize(3).startsWith(picked).doesNotHaveDuplicates();
        assertThat(Actor.callAs(Actor.COMMAND_LINE, () -> persons.get(victims.get(1)).name())).isEqualTo(first);
        assertThat(Actor.callAs(Actor.COMMAND_LINE, () -> persons.get(victims.get(2)).name())).isEqualTo(second);
        assertThat(recorded.sources()).extracting(Citation::source).hasSize(1);
    }

    @Test
    void everyProblemComesBackUnderItsPathAndNothingIsWritten() {
        String victim = unique("Never Written");
        OrganizationDocument badKind = new OrganizationDocument(null, null, null, unique("Group"), "no_such_kind", null,
                null, null, null, null, "internal", null, null, null);

        assertThatThrownBy(() -> Actor.callAs(EDITOR, () -> entry.record(new IncidentDraft(
                aSearch("Without a type", List.of(), List.of()), List.of(aPerson(victim)), List.of(badKind), List.of()),
                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .contains("$.types", "$.newOrganizations[0].kind"));

        assertThat(personsNamed(victim)).as("the valid new victim is not written either").isZero();
        assertThat(db.sql("select count(*) from organization where name = ?").param(badKind.name()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anEditAtAVersionSomeoneSavedSinceRecordsNoneOfItsNewVictims() {
        String key = Actor.callAs(EDITOR, () -> entry.record(IncidentDraft.of(
                aSearch("Searched twice", List.of(), List.of("search"))), null));
        IncidentDocument read = Actor.callAs(EDITOR, () -> incidents.get(key));
        Actor.callAs(EDITOR, () -> incidents.update(key, read, null));
        String latecomer = unique("Late Victim");

        assertThatThrownBy(() -> Actor.runAs(EDITOR, () -> entry.edit(key,
                new IncidentDraft(read, List.of(aPerson(latecomer)), List.of(), List.of()), null)))
                .isInstanceOf(StaleVersionException.class);

        assertThat(personsNamed(latecomer)).isZero();
        assertThat(Actor.callAs(EDITOR, () -> incidents.get(key)).victims()).isEmpty();
    }

    @Test
    void anEditorMayNotPublishButMaySendBackToDraft() {
        IncidentDocument published = aSearch("Published by an editor?", List.of(), List.of("search"));
        IncidentDocument raised = new IncidentDocument(null, null, null, published.title(), null, null, published.date(),
                published.datePrecision(), null, null, published.place(), null, null, null, null, published.types(),
                published.rights(), List.of(), null, published.perpetrators(), List.of(), List.of(), "internal",
                "published", List.of(), null, null);

        assertThatThrownBy(() -> Actor.callAs(EDITOR, () -> entry.record(IncidentDraft.of(raised), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("$.reviewStatus"));
        String key = Actor.callAs(Actor.COMMAND_LINE, () -> entry.record(IncidentDraft.of(raised), null));
        IncidentDocument stored = Actor.callAs(EDITOR, () -> incidents.get(key));
        IncidentDocument draft = new IncidentDocument(null, stored.version(), key, stored.title(), null, null,
                stored.date(), stored.datePrecision(), null, null, stored.place(), null, null, null, null, stored.types(),
                stored.rights(), List.of(), null, stored.perpetrators(), List.of(), List.of(), "internal", "draft",
                List.of(), null, null);

        Actor.runAs(EDITOR, () -> entry.edit(key, IncidentDraft.of(draft), null));

        assertThat(Actor.callAs(EDITOR, () -> incidents.get(key)).reviewStatus()).isEqualTo("draft");
    }
}
