package org.kuzet.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    @Test
    void aChangedNameAndAnAddedSpellingAreTheirPaths() {
        List<FieldChange> changes = Diff.between(
                json("{'name': 'Max Bokayev', 'names': [{'name': 'Макс Бокаев', 'script': 'Cyrl'}], 'birthYear': 1972}"),
                json("{'name': 'Maks Bokayev', 'names': [{'name': 'Макс Бокаев', 'script': 'Cyrl'}, {'name': 'Max Bokaev'}], 'birthYear': 1972}"));

        assertThat(changes).extracting(FieldChange::path).containsExactly("$.name", "$.names[1].name");
        assertThat(changes.getFirst().before().asString()).isEqualTo("Max Bokayev");
        assertThat(changes.getFirst().after().asString()).isEqualTo("Maks Bokayev");
        assertThat(changes.get(1).before()).isNull();
    }

    @Test
    void nullMissingAndEmptyAreAllNothing() {
        assertThat(Diff.between(json("{'roles': [], 'place': null, 'description': {}}"), json("{}"))).isEmpty();
    }

    @Test
    void theFirstVersionChangesEveryValueItHas() {
        assertThat(Diff.changedPaths(null, json("{'key': 'person-1', 'description': {'original': 'kk', 'kk': 'Ақын'}}")))
                .containsExactly("$.key", "$.description.original", "$.description.kk");
    }

    @Test
    void oddPropertyNamesAreQuoted() {
        assertThat(Diff.changedPaths(json("{}"), json("{'a b': 1}"))).containsExactly("$['a b']");
    }
}
