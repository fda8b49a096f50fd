package org.kuzet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kuzet.exchange.BundleImporter;
import org.kuzet.support.ApiIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidates of a name search are symmetric between names of as many words: when the search for one name finds
 * the person recorded under another, the search for the other finds the person recorded under the first. Each name
 * is a person of its own, in an organisation of this test's own that the searches filter on.
 */
class NameSearchSymmetryIntegrationTest extends ApiIntegrationTest {

    private static final List<String> NAMES = List.of("Almat Dschumagulow", "Алмат Жұмағұлов", "Almat Joumagouloff",
            "Asset Abichev", "Aset Abishev", "Kenzhebek Abishev", "Nurlan Bokeev", "Nrulan Bokeyev", "Nurlan Bokaev",
            "Janibek Kojakhmetov", "Zhanibek Kozhakhmetov", "Samat Sadykov", "Samat Sadyrov", "Marat Tulegenov",
            "Murat Tulegenov", "Yuliya Shchukina", "Юлия Щукинаа");

    @Autowired
    private Search search;
    @Autowired
    private BundleImporter importer;

    @Test
    void aNameFindsAnotherExactlyWhenTheOtherFindsIt() {
        String prefix = unique("symmetry");
        String organization = prefix + "-org";
        Map<String, String> keys = new LinkedHashMap<>();
        List<Map<String, Object>> persons = new ArrayList<>();
        for (String name : NAMES) {
            String key = prefix + "-" + keys.size();
            keys.put(name, key);
            persons.add(Map.of("key", key, "name", name, "confidentiality", "public",
                    "memberships", List.of(Map.of("organization", organization, "kind", "member"))));
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("format", "kuzet-bundle");
        bundle.put("formatVersion", 2);
        bundle.put("organizations", List.of(Map.of("key", organization, "name", "Symmetry of names " + prefix,
                "kind", "opposition_movement", "confidentiality", "public")));
        bundle.put("persons", persons);
        importer.importBundle(JSON.writeValueAsString(bundle), false);

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String name : NAMES) {
            SearchRequest request = new SearchRequest(name, "person", null, null, null, null, organization, null, null,
                    null, null, 0, NAMES.size());
            found.put(name, search.search(request, "en").hits().stream().map(SearchResult.Hit::key).toList());
        }
        List<String> oneWay = new ArrayList<>();
        for (String a : NAMES) {
            for (String b : NAMES) {
                if (found.get(a).contains(keys.get(b)) != found.get(b).contains(keys.get(a))) {
                    oneWay.add(a + " -> " + b + ": " + found.get(a).contains(keys.get(b)));
                }
            }
        }
        assertThat(oneWay).isEmpty();
        assertThat(found.get("Almat Dschumagulow")).contains(keys.get("Алмат Жұмағұлов"), keys.get("Almat Joumagouloff"));
        assertThat(found.get("Asset Abichev")).contains(keys.get("Aset Abishev")).doesNotContain(keys.get("Kenzhebek Abishev"));
        assertThat(found.get("Nurlan Bokeev")).contains(keys.get("Nrulan Bokeyev"));
        assertThat(found.get("Yuliya Shchukina")).contains(keys.get("Юлия Щукинаа"));
    }
}
