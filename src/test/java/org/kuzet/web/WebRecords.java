package org.kuzet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import org.kuzet.support.ApiIntegrationTest.Response;
import tools.jackson.databind.JsonNode;

/**
 * A small record in the field's terms, created through the API by the tests of the pages: a movement banned as
 * extremist, an activist said to support it, her detention at a protest in Almaty, the criminal case that followed,
 * a search of a journalist's flat in Semey, and a second victim whose record is confidential.
 */
record WebRecords(String movement, String activist, String hiddenPerson, String source, String detention, String search,
                  String legalCase) {

    /** Creates the record under keys that start with {@code prefix}; {@code post} sends to the API as an editor. */
    static WebRecords create(String prefix, BiFunction<String, JsonNode, Response> post,
                             java.util.function.Function<String, JsonNode> json) {
        String movement = prefix + "-dvk";
        String activist = prefix + "-tobylova";
        String hidden = prefix + "-hidden";
        String source = prefix + "-odf";
        String detention = prefix + "-detention";
        String search = prefix + "-search";
        String legalCase = prefix + "-case";
        created(post.apply("/api/v1/organizations", json.apply("""
                {'key': '%s', 'name': 'Democratic Choice of Kazakhstan %s', 'kind': 'opposition_movement',
                 'names': [{'name': 'ДВК', 'script': 'Cyrl', 'lang': 'ru', 'kind': 'abbreviation'}],
                 'statuses': [{'status': 'banned_extremist', 'date': '2018-03-13', 'decidedByText': 'Yesil District Court of Astana'}],
                 'confidentiality': 'public'}""".formatted(movement, prefix))));
        created(post.apply("/api/v1/sources", json.apply("""
                {'key': '%s', 'url': 'https://odfoundation.eu/a', 'kind': 'ngo_report',
                 'title': {'original': 'en', 'en': 'Kazakhstan: persecution of DVK supporters'}, 'outlet': 'Open Dialogue',
                 'confidentiality': 'public'}""".formatted(source))));
        created(post.apply("/api/v1/persons", json.apply("""
                {'key': '%s', 'name': 'Akmaral Tobylova %s',
                 'names': [{'name': 'Акмарал Тобылова %4$s', 'script': 'Cyrl', 'lang': 'ru', 'kind': 'spelling'}],
                 'roles': ['activist'], 'place': 'kz-almaty-city', 'gender': 'female',
                 'memberships': [{'organization': '%s', 'kind': 'supporter', 'alleged': true, 'from': '2018-03-01', 'fromPrecision': 'month'}],
                 'assessments': [{'date': '2019-01-01', 'datePrecision': 'year', 'assessedByText': 'Kazakhstan Bureau for Human Rights',
                                  'conclusion': 'political_prisoner'}],
                 'sensitive': {'consentToPublish': 'yes'}, 'confidentiality': 'public'}""".formatted(activist, prefix, movement, cyrillicMark(prefix)))));
        created(post.apply("/api/v1/persons", json.apply("""
                {'key': '%s', 'name': 'Secret Witness %s', 'place': 'kz-shymkent-city',
                 'confidentiality': 'confidential'}""".formatted(hidden, prefix))));
        created(post.apply("/api/v1/cases", json.apply("""
                {'key': '%s', 'kind': 'criminal', 'number': '197500031000123', 'place': 'kz-almaty-city',
                 'parties': [{'person': '%s', 'role': 'defendant'}],
                 'charges': [{'defendant': '%s', 'code': 'CC', 'article': '405', 'part': '2', 'status': 'convicted'}],
                 'stages': [
                   {'kind': 'opened', 'date': '2019-06-13'},
                   {'kind': 'verdict', 'date': '2019-09-01', 'datePrecision': 'approximate', 'person': '%s', 'outcome': 'convicted',
                    'sentence': [{'kind': 'imprisonment', 'duration': 'P20Y'}, {'kind': 'activity_ban', 'duration': 'P3Y'}]}],
                 'confidentiality': 'public'}""".formatted(legalCase, activist, activist, activist))));
        created(post.apply("/api/v1/incidents", json.apply("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Protesters detained in Almaty <script>alert(1)</script>',
                                        'ru': 'Задержания участников протеста в Алматы'},
                 'narrative': {'original': 'en', 'en': 'Police detained people at the rally.'},
                 'date': '2019-06-12', 'datePrecision': 'day', 'place': 'kz-almaty-city',
                 'types': ['detention'], 'rights': ['assembly'],
                 'victims': [{'person': '%s', 'note': 'held for 10 hours'}, {'person': '%s'}],
                 'victimCount': {'qualifier': 'more_than', 'value': 100},
                 'perpetrators': [{'kind': 'police'}],
                 'articles': [{'code': 'CC', 'article': '405', 'part': '2'}],
                 'legalCases': ['%s'], 'reviewStatus': 'verified', 'confidentiality': 'public',
                 'sources': [{'source': '%s', 'locator': 'page 3'}]}""".formatted(detention, activist, hidden, legalCase, source))));
        created(post.apply("/api/v1/incidents", json.apply("""
                {'key': '%s', 'title': {'original': 'en', 'en': 'Flat of a DVK supporter searched in Semey'},
                 'date': '2020-02-01', 'datePrecision': 'month', 'place': 'kz-semey',
                 'types': ['search', 'device_seizure'], 'rights': ['privacy'],
                 'victims': [{'organization': '%s'}],
                 'perpetrators': [{'kind': 'knb'}],
                 'reviewStatus': 'draft', 'confidentiality': 'internal'}""".formatted(search, movement))));
        return new WebRecords(movement, activist, hidden, source, detention, search, legalCase);
    }

    /**
     * A word in Cyrillic letters unique to {@code prefix}: the activist's Cyrillic variant carries it, so that a test
     * can find this record's activist by that variant among the namesakes other tests recorded in the shared database.
     */
    static String cyrillicMark(String prefix) {
        String letters = "абвгдежзиклмнопр";
        StringBuilder mark = new StringBuilder();
        for (char c : prefix.substring(Math.max(0, prefix.length() - 8)).toCharArray()) {
            mark.append(letters.charAt(Character.digit(c, 16) < 0 ? 0 : Character.digit(c, 16)));
        }
        return mark.toString();
    }

    private static void created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }
}
