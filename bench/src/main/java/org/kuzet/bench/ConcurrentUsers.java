package org.kuzet.bench;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kuzet.security.ApiTokens;
import org.kuzet.security.Role;
import org.kuzet.security.Users;
import org.kuzet.shared.Actor;
import org.kuzet.shared.Json;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fifty simulated users at once (issue 16 items 3 and 4), on loopback, each on a virtual thread with an HTTP client
 * of its own and a session or token of its own role, each sending its next request as soon as the last one is
 * answered (no think time: the run measures how much the server takes, not how people pace themselves):
 * <ul>
 *   <li>20 viewers through the API: incident list pages (newest, by type, region, person, organisation), search,
 *       a person's legal status, persons by name, statistics;</li>
 *   <li>15 viewers in a browser: a person's page, the incident list with a facet chosen (the htmx part) or another
 *       page of it, the dashboard, the search page;</li>
 *   <li>5 editors in a browser: the entry forms' type-ahead pickers (persons typed in Latin or Cyrillic,
 *       organisations) and a person's page;</li>
 *   <li>10 editors through the API, writing: each creates an incident (a unique title), reads it, updates it, and
 *       lists the incidents changed last, again and again.</li>
 * </ul>
 * The choices come from a seeded random generator per user, the records asked about from the generated record. Any
 * status but 2xx is an error, listed by status and path. After the run the incidents it created are deleted through
 * the API (untimed), so that a later run on the same record reads what this one read.
 */
final class ConcurrentUsers {

    static final String NAME = "50 concurrent users";
    static final Plan FULL = new Plan(120, 10);
    static final Plan SMOKE = new Plan(20, 3);

    private static final String PASSWORD = "benchmark load passphrase, long enough";
    private static final int VIEWERS_API = 20;
    private static final int VIEWERS_BROWSER = 15;
    private static final int EDITORS_BROWSER = 5;
    private static final int WRITERS = 10;
    private static final String[] WORDS = {"detained", "Almaty", "activists", "fined", "police", "Mamay", "Мамай", "Kairat",
        "Абишев", "Zhanbolat", "задержала", "questioned"};
    private static final String[] TYPED = {"Mamay", "Мамай", "Kairat", "Қайрат", "Abishev", "Zhanbolat", "Janbolat", "Aigul",
        "Нурлан", "Ospanov", "Tulesov", "Төлесов"};
    private static final String[] ORGANIZATION_TYPED = {"Freedom", "Choice", "Свобода", "Youth", "Oyan", "Union"};
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    /** How long the users run, and for how long at first their requests are not counted (the pool and JIT warming). */
    record Plan(int seconds, int warmUpSeconds) {
    }

    /** Latencies in milliseconds of {@code count} requests. */
    record Latency(long count, double p50, double p95, double p99) {

        static Latency of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return new Latency(sorted.length, rank(sorted, 0.5), rank(sorted, 0.95), rank(sorted, 0.99));
        }

        // nearest rank
        private static double rank(double[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1))];
        }
    }

    /** The errors of one status on one path, and what the first of them answered. */
    record Error(String status, String path, long count, String firstAnswer) {
    }

    /**
     * What the run measured, counting only requests started after the warm-up.
     *
     * @param byRequest each kind of request (its method and path pattern), with who asks it in {@code whoAsks}
     */
    record Result(int users, String who, double seconds, double warmUpSeconds, Latency all, double requestsPerSecond,
                  Map<String, Latency> byRequest, Map<String, String> whoAsks, Map<String, Long> errorsByRequest,
                  List<Error> errors, String afterwards) {

        long errorCount() {
            return errorsByRequest.values().stream().mapToLong(Long::longValue).sum();
        }

        long errorsOf(String request) {
            return errorsByRequest.getOrDefault(request, 0L);
        }
    }

    /** One answered request. */
    private record Sample(String request, String path, long startedNanos, double millis, String status, String answer) {
    }

    private final ConfigurableApplicationContext app;
    private final Plan plan;
    private final int port;
    private final List<String> persons;
    private final List<String> defendants;
    private final List<String> organizations;
    private final List<String> sources;
    private final List<String> places;
    private final List<String> types;
    private final List<String> rights;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    ConcurrentUsers(ConfigurableApplicationContext app, RawEngine raw, Plan plan) throws Exception {
        this.app = app;
        this.plan = plan;
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        // spread over the record (by a hash of the key), the same at every run
        this.persons = raw.column("select key from person where deleted_at is null and confidentiality <> 'confidential' "
                + "order by md5(key) limit 200");
        this.defendants = raw.column("""
                select p.key from person p where p.deleted_at is null and p.confidentiality <> 'confidential'
                  and exists (select 1 from case_party cp join legal_case c on c.id = cp.case_id
                              where cp.person_id = p.id and c.deleted_at is null and c.confidentiality <> 'confidential')
                order by md5(p.key) limit 100""");
        this.organizations = raw.column("select key from organization where deleted_at is null and confidentiality <> 'confidential' "
                + "order by md5(key) limit 50");
        this.sources = raw.column("select key from source where deleted_at is null and confidentiality <> 'confidential' "
                + "order by md5(key) limit 50");
        this.places = raw.placeCodes();
        this.types = raw.column("select t.code from vocabulary_term t where t.vocabulary = 'incident_type' "
                + "and exists (select 1 from incident_type x where x.term_id = t.id) order by t.code");
        this.rights = raw.column("select t.code from vocabulary_term t where t.vocabulary = 'right' "
                + "and exists (select 1 from incident_right x where x.term_id = t.id) order by t.code");
        if (persons.isEmpty() || defendants.isEmpty() || organizations.isEmpty() || sources.isEmpty() || types.isEmpty()
                || rights.isEmpty()) {
            throw new IllegalStateException(NAME + ": the record has no visible persons, defendants, organisations, sources, types "
                    + "or rights to ask about");
        }
    }

    /** A simulated user: who it is, and its loop. */
    private interface User {
        void next(Random random, Recorder recorder) throws Exception;
    }

    /** Times one request of a user and keeps it (only after the warm-up). */
    private final class Recorder {
        private final Api api;
        private final List<Sample> samples;
        private final long countFrom;

        Recorder(Api api, List<Sample> samples, long countFrom) {
            this.api = api;
            this.samples = samples;
            this.countFrom = countFrom;
        }

        Api.Response send(String request, String method, String path, String json, Map<String, String> headers) {
            long started = System.nanoTime();
            Api.Response response;
            String status;
            String answer = null;
            try {
                response = api.send(method, path, json, headers);
                status = Integer.toString(response.status());
                if (response.status() / 100 != 2) {
                    answer = new String(response.body(), StandardCharsets.UTF_8);
                }
            } catch (Exception e) {
                response = null;
                status = "no answer";
                answer = e.toString();
            }
            double millis = (System.nanoTime() - started) / 1e6;
            if (started >= countFrom) {
                samples.add(new Sample(request, path, started, millis, status, answer));
            }
            return response;
        }

        Api.Response get(String request, String path) {
            return send(request, "GET", path, null, Map.of());
        }
    }

    Result run() throws Exception {
        Map<String, Role> accounts = new LinkedHashMap<>();
        for (int i = 1; i <= VIEWERS_API + VIEWERS_BROWSER + EDITORS_BROWSER + WRITERS; i++) {
            accounts.put("bench-load-%02d".formatted(i), i <= VIEWERS_API + VIEWERS_BROWSER ? Role.VIEWER : Role.EDITOR);
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        Actor.set(Actor.COMMAND_LINE);
        try {
            Users users = app.getBean(Users.class);
            ApiTokens apiTokens = app.getBean(ApiTokens.class);
            for (Map.Entry<String, Role> account : accounts.entrySet()) {
                if (users.find(account.getKey()).isEmpty()) {
                    users.create(account.getKey(), account.getValue(), PASSWORD, false);
                }
                tokens.put(account.getKey(), apiTokens.create(account.getKey(), "bench load " + runId, null));
            }
        } finally {
            Actor.clear();
        }
        List<String> names = List.copyOf(accounts.keySet());
        List<User> users = new ArrayList<>();
        List<Api> clients = new ArrayList<>();
        List<List<String>> created = new ArrayList<>();
        Map<String, String> whoAsks = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            int user = i + 1;
            if (i < VIEWERS_API) {
                clients.add(Api.withToken(port, tokens.get(name), HttpClient.Version.HTTP_1_1));
                users.add(this::viewerThroughApi);
            } else if (i < VIEWERS_API + VIEWERS_BROWSER) {
                clients.add(Api.signedIn(port, name, PASSWORD, HttpClient.Version.HTTP_1_1));
                users.add(this::viewerInBrowser);
            } else if (i < VIEWERS_API + VIEWERS_BROWSER + EDITORS_BROWSER) {
                clients.add(Api.signedIn(port, name, PASSWORD, HttpClient.Version.HTTP_1_1));
                users.add(this::editorInBrowser);
            } else {
                clients.add(Api.withToken(port, tokens.get(name), HttpClient.Version.HTTP_1_1));
                List<String> mine = new ArrayList<>();
                created.add(mine);
                int[] counter = {0};
                users.add((random, recorder) -> writer(random, recorder, user, counter, mine));
            }
        }
        whoAsks.putAll(WHO_ASKS);

        long start = System.nanoTime();
        long countFrom = start + plan.warmUpSeconds() * 1_000_000_000L;
        long end = countFrom + plan.seconds() * 1_000_000_000L;
        List<List<Sample>> samples = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                List<Sample> mine = new ArrayList<>();
                samples.add(mine);
                Recorder recorder = new Recorder(clients.get(i), mine, countFrom);
                User user = users.get(i);
                Random random = new Random(20261207L + i);
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        user.next(random, recorder);
                    }
                    return null;
                }));
            }
            for (Future<?> user : running) {
                user.get();
            }
        }
        double seconds = (end - countFrom) / 1e9;

        // the incidents the writers created, deleted again (untimed), each writer its own, at once
        long removed = 0;
        long notRemoved = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> deleting = new ArrayList<>();
            for (int w = 0; w < created.size(); w++) {
                Api writer = clients.get(VIEWERS_API + VIEWERS_BROWSER + EDITORS_BROWSER + w);
                List<String> keys = created.get(w);
                deleting.add(threads.submit(() -> {
                    long[] done = {0, 0};
                    for (String key : keys) {
                        Api.Response r = writer.send("DELETE", "/api/v1/incidents/" + key,
                                "{\"reason\": \"benchmark load run " + runId + ", removed after the run\"}", Map.of());
                        done[r.status() / 100 == 2 ? 0 : 1]++;
                    }
                    return done;
                }));
            }
            for (Future<long[]> f : deleting) {
                removed += f.get()[0];
                notRemoved += f.get()[1];
            }
        }
        if (notRemoved > 0) {
            throw new IllegalStateException(NAME + ": " + notRemoved + " of the incidents the run created could not be deleted");
        }

        List<Sample> all = samples.stream().flatMap(List::stream).toList();
        Map<String, List<Double>> byRequest = new TreeMap<>();
        Map<String, Long> errorsByRequest = new TreeMap<>();
        Map<String, String> firstAnswers = new TreeMap<>();
        Map<List<String>, Error> errors = new TreeMap<>((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
        for (Sample s : all) {
            byRequest.computeIfAbsent(s.request(), r -> new ArrayList<>()).add(s.millis());
            if (s.answer() != null) {
                errorsByRequest.merge(s.request(), 1L, Long::sum);
                firstAnswers.putIfAbsent(s.request(), s.status() + " " + shorten(s.answer()));
                List<String> at = List.of(s.status(), s.path());
                Error before = errors.get(at);
                errors.put(at, before == null ? new Error(s.status(), s.path(), 1, shorten(s.answer()))
                        : new Error(s.status(), s.path(), before.count() + 1, before.firstAnswer()));
            }
        }
        // the suite itself is broken (not slow) when a kind of request never once succeeded
        for (Map.Entry<String, List<Double>> request : byRequest.entrySet()) {
            if (errorsByRequest.getOrDefault(request.getKey(), 0L) == request.getValue().size()) {
                throw new IllegalStateException(NAME + ": every " + request.getKey() + " failed, the first with "
                        + firstAnswers.get(request.getKey()));
            }
        }
        Map<String, Latency> latencies = new LinkedHashMap<>();
        byRequest.forEach((request, millis) -> latencies.put(request, Latency.of(millis)));
        Latency overall = Latency.of(all.stream().map(Sample::millis).toList());
        String who = "%d viewers through the API, %d viewers and %d editors in a browser, %d editors writing through the API"
                .formatted(VIEWERS_API, VIEWERS_BROWSER, EDITORS_BROWSER, WRITERS);
        String afterwards = "The %,d incidents the writers created (titles \"Benchmark load %s …\") were deleted through the API "
                + "after the run, untimed.";
        return new Result(users.size(), who, seconds, plan.warmUpSeconds(), overall, overall.count() / seconds, latencies, whoAsks,
                errorsByRequest, List.copyOf(errors.values()), afterwards.formatted(removed, runId));
    }

    private static final Map<String, String> WHO_ASKS = new LinkedHashMap<>();

    private static String ask(String request, String who) {
        WHO_ASKS.put(request, who);
        return request;
    }

    private static final String NEWEST = ask("GET /api/v1/incidents?sort=-date&page=N", "viewer, API");
    private static final String BY_TYPE = ask("GET /api/v1/incidents?type=T", "viewer, API");
    private static final String BY_REGION = ask("GET /api/v1/incidents?region=R", "viewer, API");
    private static final String BY_PERSON = ask("GET /api/v1/incidents?person=K", "viewer, API");
    private static final String BY_ORGANIZATION = ask("GET /api/v1/incidents?organization=K", "viewer, API");
    private static final String SEARCH = ask("GET /api/v1/search?q=W", "viewer, API");
    private static final String LEGAL_STATUS = ask("GET /api/v1/persons/K/legal-status", "viewer, API");
    private static final String PERSONS = ask("GET /api/v1/persons?q=NAME", "viewer, API");
    private static final String STATS_MONTH = ask("GET /api/v1/stats?unit=incidents&by=month&from&to", "viewer, API");
    private static final String STATS_REGION = ask("GET /api/v1/stats?unit=incidents&by=region", "viewer, API");
    private static final String STATS_ARRESTED = ask("GET /api/v1/stats?unit=persons&by=year&article=CC-405&stage=arrested",
            "viewer, API");
    private static final String PERSON_PAGE = ask("GET /persons/K", "viewer or editor, browser");
    private static final String FACET = ask("GET /incidents?type, region or right=… (htmx part)", "viewer, browser");
    private static final String LIST_PAGE = ask("GET /incidents?page=N (whole page)", "viewer, browser");
    private static final String DASHBOARD = ask("GET / (dashboard)", "viewer, browser");
    private static final String SEARCH_PAGE = ask("GET /search?q=W", "viewer, browser");
    private static final String PICK_PERSON = ask("GET /pickers/persons?q=…", "editor, browser");
    private static final String PICK_ORGANIZATION = ask("GET /pickers/organizations?q=…", "editor, browser");
    private static final String CREATE = ask("POST /api/v1/incidents", "editor, API (writes)");
    private static final String READ = ask("GET /api/v1/incidents/K", "editor, API (writes)");
    private static final String UPDATE = ask("PUT /api/v1/incidents/K", "editor, API (writes)");
    private static final String CHANGED_LAST = ask("GET /api/v1/incidents?sort=-updatedAt", "editor, API (writes)");

    private void viewerThroughApi(Random random, Recorder r) {
        int roll = random.nextInt(20);
        if (roll < 4) {
            r.get(NEWEST, "/api/v1/incidents?size=50&sort=-date&page=" + random.nextInt(5));
        } else if (roll < 6) {
            r.get(BY_TYPE, "/api/v1/incidents?size=50&sort=-date&type=" + pick(random, types));
        } else if (roll < 7) {
            r.get(BY_REGION, "/api/v1/incidents?size=50&sort=-date&region=" + pick(random, places));
        } else if (roll < 8) {
            r.get(BY_PERSON, "/api/v1/incidents?size=50&sort=-date&person=" + pick(random, persons));
        } else if (roll < 9) {
            r.get(BY_ORGANIZATION, "/api/v1/incidents?size=50&sort=-date&organization=" + pick(random, organizations));
        } else if (roll < 12) {
            r.get(SEARCH, "/api/v1/search?size=20&q=" + encode(pick(random, WORDS)));
        } else if (roll < 15) {
            r.get(LEGAL_STATUS, "/api/v1/persons/" + pick(random, defendants) + "/legal-status");
        } else if (roll < 17) {
            r.get(PERSONS, "/api/v1/persons?size=50&q=" + encode(pick(random, TYPED)));
        } else if (roll < 18) {
            int year = 2011 + random.nextInt(11);
            r.get(STATS_MONTH, "/api/v1/stats?unit=incidents&by=month&from=" + year + "-01-01&to=" + (year + 4) + "-12-31");
        } else if (roll < 19) {
            r.get(STATS_REGION, "/api/v1/stats?unit=incidents&by=region");
        } else {
            r.get(STATS_ARRESTED, "/api/v1/stats?unit=persons&by=year&from=2010-01-01&to=2025-12-31&article=CC-405&stage=arrested");
        }
    }

    private void viewerInBrowser(Random random, Recorder r) {
        int roll = random.nextInt(10);
        if (roll < 4) {
            r.get(PERSON_PAGE, "/persons/" + pick(random, persons));
        } else if (roll < 7) {
            String facet = switch (random.nextInt(3)) {
                case 0 -> "type=" + pick(random, types);
                case 1 -> "region=" + pick(random, places);
                default -> "right=" + pick(random, rights);
            };
            r.send(FACET, "GET", "/incidents?" + facet, null, HTMX);
        } else if (roll < 8) {
            r.get(LIST_PAGE, "/incidents?page=" + random.nextInt(5));
        } else if (roll < 9) {
            r.get(DASHBOARD, "/");
        } else {
            r.get(SEARCH_PAGE, "/search?q=" + encode(pick(random, WORDS)));
        }
    }

    private void editorInBrowser(Random random, Recorder r) {
        int roll = random.nextInt(10);
        if (roll < 6) {
            r.get(PICK_PERSON, "/pickers/persons?field=victims&q=" + encode(pick(random, TYPED)));
        } else if (roll < 8) {
            r.get(PICK_ORGANIZATION, "/pickers/organizations?field=organizations&q=" + encode(pick(random, ORGANIZATION_TYPED)));
        } else {
            r.get(PERSON_PAGE, "/persons/" + pick(random, persons));
        }
    }

    /** Creates an incident, reads it, updates it, and lists the incidents changed last. */
    private void writer(Random random, Recorder r, int user, int[] counter, List<String> created) {
        int n = ++counter[0];
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_844));
        Map<String, Object> incident = new LinkedHashMap<>();
        incident.put("title", Map.of("original", "en", "en", "Benchmark load " + runId + " user " + user + " no. " + n));
        incident.put("narrative", Map.of("original", "en", "en",
                "Police detained activists who had gathered peacefully; they were questioned and fined."));
        incident.put("date", date.toString());
        incident.put("place", pick(random, places));
        incident.put("types", List.of(pick(random, types)));
        incident.put("rights", List.of(pick(random, rights)));
        incident.put("victims", List.of(Map.of("person", pick(random, persons))));
        incident.put("perpetrators", List.of(Map.of("kind", "police")));
        incident.put("confidentiality", "internal");
        incident.put("reviewStatus", "draft");
        incident.put("sources", List.of(Map.of("source", pick(random, sources))));
        Api.Response made = r.send(CREATE, "POST", "/api/v1/incidents", Json.MAPPER.writeValueAsString(incident), Map.of());
        if (made == null || made.status() != 201) {
            return;
        }
        String key = Json.MAPPER.readTree(made.body()).path("key").asString();
        created.add(key);
        Api.Response read = r.get(READ, "/api/v1/incidents/" + key);
        if (read != null && read.status() == 200) {
            ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(read.body());
            ((ObjectNode) doc.path("title")).put("en", "Benchmark load " + runId + " user " + user + " no. " + n + " (updated)");
            r.send(UPDATE, "PUT", "/api/v1/incidents/" + key, Json.MAPPER.writeValueAsString(doc), Map.of());
        }
        r.get(CHANGED_LAST, "/api/v1/incidents?size=50&sort=-updatedAt");
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String answer) {
        String flat = answer.replaceAll("\\s+", " ").replace("|", "\\|");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
