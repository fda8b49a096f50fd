package org.kuzet.legalcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Clearance;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statuses of many persons from one read of their cases' stages agree with the audited single-record read, person
 * by person, under every clearance; the confidential cases read are audited in one event.
 */
class LegalStatusesOfManyIntegrationTest extends ApiIntegrationTest {

    @Autowired
    LegalStatuses statuses;

    private String aPerson(String name) {
        String key = unique("person");
        var created = send("POST", "/api/v1/persons", json("{'key': '%s', 'name': '%s'}".formatted(key, name)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    private String aCase(String body) {
        String key = unique("case");
        var created = send("POST", "/api/v1/cases", json(body.formatted(key)), Role.EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return key;
    }

    @Test
    void theStatusesOfManyPersonsAreTheirStatusesOneByOneWhoeverReads() {
        String aliya = aPerson("Aliya Test");
        String bolat = aPerson("Bolat Test");
        String free = aPerson("Chingiz Test");
        // a stage naming nobody concerns both defendants; a stage naming one concerns only them
        aCase("""
                {'key': '%%1$s', 'kind': 'criminal',
                 'parties': [{'person': '%1$s', 'role': 'defendant'}, {'person': '%2$s', 'role': 'defendant'}],
                 'stages': [
                   {'kind': 'detained', 'date': '2021-03-01', 'person': '%1$s'},
                   {'kind': 'measure_of_restraint', 'date': '2021-03-03', 'measure': 'pre_trial_detention'},
                   {'kind': 'measure_of_restraint', 'date': '2021-05-03', 'measure': 'house_arrest', 'person': '%2$s'}]}"""
                .formatted(aliya, bolat));
        String secret = aCase("""
                {'key': '%%1$s', 'kind': 'criminal', 'confidentiality': 'confidential',
                 'parties': [{'person': '%1$s', 'role': 'defendant'}],
                 'stages': [
                   {'kind': 'verdict', 'date': '2021-06-01', 'datePrecision': 'month', 'outcome': 'convicted',
                    'sentence': [{'kind': 'imprisonment', 'duration': 'P5Y'},
                                 {'kind': 'fine', 'amount': '1000.50', 'currency': 'KZT'}]}]}"""
                .formatted(bolat));
        List<String> persons = List.of(aliya, bolat, free);

        // the command line sees the confidential case, a member of staff (internal clearance) does not
        Actor staff = new Actor(null, "(staff)", null, Clearance.INTERNAL);
        for (Actor reader : List.of(Actor.COMMAND_LINE, staff)) {
            for (String day : List.of("2021-03-02", "2021-04-01", "2021-05-10", "2021-07-01", "2030-01-01")) {
                Map<String, LegalStatusView.Status> many = Actor.callAs(reader,
                        () -> statuses.statusesOn(persons, LocalDate.parse(day)));
                assertThat(many.keySet()).containsExactlyElementsOf(persons);
                for (String person : persons) {
                    LegalStatusView.Status one = Actor.callAs(reader, () -> statuses.of(person, day).status());
                    assertThat(many.get(person)).as(reader.username() + " " + person + " on " + day).isEqualTo(one);
                }
            }
        }
        LegalStatusView.Status bolatInJuly = Actor.callAs(Actor.COMMAND_LINE,
                () -> statuses.statusesOn(List.of(bolat), LocalDate.parse("2021-07-01"))).get(bolat);
        assertThat(bolatInJuly.kind()).isEqualTo("serving_imprisonment");
        assertThat(bolatInJuly.sentence()).extracting(LegalStatusView.Component::amount).contains("1000.5");
        assertThat(Actor.callAs(staff, () -> statuses.statusesOn(List.of(bolat), LocalDate.parse("2021-07-01")))
                .get(bolat).kind()).as("without the confidential verdict").isEqualTo("house_arrest");
        assertThat(Actor.callAs(Actor.COMMAND_LINE,
                () -> statuses.statusesOn(List.of(free), LocalDate.parse("2021-07-01"))).get(free).kind())
                .isEqualTo("free");

        JsonNode audited = send("GET", "/api/v1/audit?action=record_read&subjectType=legal_case&size=500", null,
                Role.ADMIN).json();
        List<List<String>> keyLists = new ArrayList<>();
        audited.get("items").forEach(e -> {
            if (e.path("details").has("keys")) {
                List<String> keys = new ArrayList<>();
                e.get("details").get("keys").forEach(k -> keys.add(k.asString()));
                keyLists.add(keys);
            }
        });
        assertThat(keyLists).as("one event naming the confidential case read").contains(List.of(secret));
    }
}
