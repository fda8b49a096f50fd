package org.kuzet.cli;

import java.util.concurrent.Callable;
import org.kuzet.identity.DuplicatePair;
import org.kuzet.identity.Duplicates;
import org.kuzet.identity.Reason;
import org.kuzet.identity.Subject;
import org.kuzet.shared.Json;
import org.kuzet.shared.PageOf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List possible duplicate persons (or organisations), best first, with the score and its reasons.")
class DuplicatesCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions db;

    @Option(names = "--organizations", description = "Organisations instead of persons.")
    boolean organizations;

    @Option(names = "--json", description = "One JSON document: {items, total, page, size}.")
    boolean json;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many pairs (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 10_000) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--limit must be from 1 to 10000");
        }
        PageOf<DuplicatePair> pairs;
        try (var context = Context.start(db)) {
            pairs = context.getBean(Duplicates.class).queue(organizations ? Subject.ORGANIZATION : Subject.PERSON, 0, limit);
        }
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(pairs));
            return 0;
        }
        for (DuplicatePair p : pairs.items()) {
            System.out.printf("%.3f  %s (%s)  ~  %s (%s)%n", p.score(), p.first().name(), p.first().key(), p.second().name(),
                    p.second().key());
            for (Reason r : p.reasons()) {
                System.out.printf("       %+.2f %s%s%n", r.weight(), r.code(), r.detail() == null ? "" : ": " + r.detail());
            }
        }
        System.err.println((pairs.totalExact() ? "" : "more than ") + pairs.total() + " possible duplicate pair(s)"
                + (pairs.total() > pairs.items().size()
                ? ", " + pairs.items().size() + " shown" : "") + ".");
        return 0;
    }
}
