package org.kuzet.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.kuzet.audit.AuditEntry;
import org.kuzet.audit.AuditQuery;
import org.kuzet.audit.AuditTrail;
import org.kuzet.audit.AuditVerification;
import org.kuzet.shared.PageOf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check and read the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.List.class})
class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute the hash chain of the audit trail. Exit 0 when intact, 1 at the first broken entry.")
    static class Verify implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            AuditVerification result;
            try (var context = Context.start(db)) {
                result = context.getBean(AuditTrail.class).verify();
            }
            if (result.isIntact()) {
                System.out.println("Audit trail intact: " + result.intactEntries() + " entries; head hash " + result.headHash());
                return 0;
            }
            System.out.println("Audit trail BROKEN at entry " + result.brokenPosition() + ": " + result.problem()
                    + " (" + result.intactEntries() + " entries before it are intact)");
            return CliErrors.INVALID_DATA;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print audit entries, newest first, one a line.")
    static class List implements Callable<Integer> {

        @Mixin
        DatabaseOptions db;

        @Option(names = "--action", description = "Only this action, e.g. login_failed, record_read, export")
        String action;

        @Option(names = "--since", paramLabel = "DAY|INSTANT", description = "Only entries from then on, e.g. 2026-03-01")
        String since;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many entries; default: ${DEFAULT-VALUE}")
        int limit;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 10_000) {
                throw new CliErrors.UsageException("--limit must be between 1 and 10000");
            }
            Instant from = since(since);
            PageOf<AuditEntry> page;
            try (var context = Context.start(db)) {
                page = context.getBean(AuditTrail.class).find(new AuditQuery(from, null, null, action, null, null), 0, limit);
            }
            for (AuditEntry e : page.items()) {
                System.out.println(e.position() + "\t" + e.at() + "\t" + e.actorName() + "\t" + e.action() + "\t"
                        + (e.subjectType() == null ? "-" : e.subjectType()) + "\t"
                        + (e.subjectKey() == null ? "-" : e.subjectKey()) + "\t" + e.details());
            }
            System.err.println(page.items().size() + " of " + page.total() + " entries");
            return 0;
        }

        private static Instant since(String value) {
            if (value == null) {
                return null;
            }
            try {
                return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new CliErrors.UsageException("--since: '" + value + "' is neither a day (2026-03-01) nor an instant");
            }
        }
    }
}
