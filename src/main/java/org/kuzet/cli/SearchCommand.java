package org.kuzet.cli;

import java.util.concurrent.Callable;
import org.kuzet.search.Search;
import org.kuzet.search.SearchRequest;
import org.kuzet.search.SearchResult;
import org.kuzet.shared.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the whole record as the operator (every record, every level).",
            "Words are all required; \"a phrase\"; a OR b; -word or NOT word excludes; word* matches a start.",
            "Names match across scripts and spellings: Мамай, Mamaj and Mamay find one another."})
class SearchCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for, e.g. \"detained Almaty\"")
    String query;

    @Option(names = "--type", paramLabel = "T",
            description = "Only records of this type: incident, person, organization, legal_case, source or event")
    String type;

    @Option(names = "--json", description = "Print the result (hits, snippets, facets) as JSON")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many results (1-100); default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--lang", defaultValue = "en", description = "Language of titles and labels: en, ru or kk; default: ${DEFAULT-VALUE}")
    String lang;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchRequest.MAX_SIZE) {
            throw new CliErrors.UsageException("--limit must be between 1 and " + SearchRequest.MAX_SIZE);
        }
        if (!java.util.List.of("en", "ru", "kk").contains(lang)) {
            throw new CliErrors.UsageException("--lang must be en, ru or kk");
        }
        SearchResult result;
        try (var context = Context.start(db)) {
            result = context.getBean(Search.class).search(new SearchRequest(query, type, null, null, null, null, null, null,
                    null, null, null, 0, limit), lang);
        }
        if (json) {
            System.out.println(Json.write(result));
            return 0;
        }
        System.out.println("TYPE\tKEY\tDATE\tTITLE\tMATCHED");
        for (SearchResult.Hit hit : result.hits()) {
            System.out.println(hit.type() + "\t" + hit.key() + "\t" + (hit.date() == null ? "-" : hit.date()) + "\t"
                    + oneLine(hit.title()) + "\t" + String.join(",", hit.matched())
                    + (hit.variant() == null ? "" : " (" + oneLine(hit.variant()) + ")"));
        }
        System.err.println(result.hits().size() + " of " + result.total() + " results");
        return 0;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
