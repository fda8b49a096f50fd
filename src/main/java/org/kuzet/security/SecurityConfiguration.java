package org.kuzet.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the API ({@code /api/**}), stateless with personal bearer tokens, and the web pages with a
 * session from the sign-in form. Who may call what is the permission matrix of docs/security.md: anonymous
 * visitors read the public record (unless {@code kuzet.public-access=false}), every account reads, editors,
 * reviewers and administrators write, administrators manage vocabularies and users. What a reader sees of
 * the record is then decided by their clearance, in the database ({@link ActorFilter}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** What anonymous visitors may read: the records, as far as they are published and public. */
    static final String[] PUBLIC_READS = {"/api/v1/incidents", "/api/v1/incidents/*", "/api/v1/persons",
            "/api/v1/persons/*", "/api/v1/persons/*/legal-status", "/api/v1/organizations", "/api/v1/organizations/*",
            "/api/v1/cases", "/api/v1/cases/*", "/api/v1/events", "/api/v1/events/*", "/api/v1/sources",
            "/api/v1/sources/*", "/api/v1/interventions", "/api/v1/interventions/*", "/api/v1/reported-figures",
            "/api/v1/reported-figures/*", "/api/v1/vocabularies",
            "/api/v1/vocabularies/**", "/api/v1/search",
            "/api/v1/political-prisoners", "/api/v1/stats", "/api/v1/stats/records"};

    /** The duplicate queues: editors, reviewers and administrators (they name records of any level the reader sees). */
    static final String[] DUPLICATE_QUEUES = {"/api/v1/persons/duplicates", "/api/v1/organizations/duplicates",
            "/api/v1/persons/*/duplicates", "/api/v1/organizations/*/duplicates"};

    /** Merge, undo and "not the same": reviewers and administrators, who see every record a merge moves. */
    static final String[] MERGES = {"/api/v1/persons/*/merge", "/api/v1/persons/*/merges/*/undo",
            "/api/v1/persons/*/distinct", "/api/v1/organizations/*/merge", "/api/v1/organizations/*/merges/*/undo",
            "/api/v1/organizations/*/distinct"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /** The administrators' pages: the audit trail, accounts, vocabularies, report templates. */
    static final String[] ADMINISTRATION = {"/audit", "/audit/**", "/users", "/users/**", "/vocabularies",
            "/vocabularies/**", "/reports/templates/**"};

    /** The pages that only writers open: the entry and edit forms, their pickers, the review queue. */
    static final String[] WRITER_PAGES = {"/incidents/new", "/incidents/*/edit", "/pickers/**", "/review", "/sources/new",
            "/sources/*/edit", "/cases/new", "/cases/*/edit", "/persons/*/decision", "/persons/new", "/persons/*/edit",
            "/organizations/new", "/organizations/*/edit", "/events/new", "/events/*/edit", "/interventions/new",
            "/interventions/*/edit", "/reported-figures/new", "/reported-figures/*/edit", "/reports/recommendations/new", "/reports/recommendations/*/edit", "/imports", "/imports/progress"};

    /**
     * What only writers send: incidents, sources and their evidence files, cases, persons, organisations, events,
     * interventions, reported figures, recommendations, and the citations of any record.
     */
    static final String[] WRITER_POSTS = {"/incidents", "/incidents/*", "/sources", "/sources/*", "/sources/*/files",
            "/cases", "/cases/*", "/persons", "/persons/*", "/persons/*/decision", "/organizations", "/organizations/*",
            "/events", "/events/*", "/interventions", "/interventions/*", "/reported-figures",
            "/reported-figures/*", "/*/*/citations", "/*/*/citations/**",
            "/reports/recommendations", "/reports/recommendations/**", "/imports", "/imports/run"};

    private static final String[] ALL_ROLES = names(Role.values());
    private static final String[] WRITERS = names(Role.WRITERS.toArray(Role[]::new));
    private static final String[] REVIEWERS = names(Role.REVIEWERS.toArray(Role[]::new));

    private static String[] names(Role... roles) {
        return java.util.Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Users users, Settings settings,
                            @Value("${kuzet.public-access:true}") boolean publicAccess) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are accepted here, only the Authorization header, so there is nothing to forge.
                .csrf(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, settings), BasicAuthenticationFilter.class)
                .addFilterAfter(new ActorFilter(users), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "Authentication required", "Send a personal API token: Authorization: Bearer kzt_..."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden", "Your role does not allow this request")))
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/audit/**", "/api/v1/settings",
                                    "/api/v1/settings/**").hasRole(Role.ADMIN.name())
                            // Every account manages its own tokens, viewers included.
                            .requestMatchers("/api/v1/account/**").authenticated()
                            // Reports: every account generates them (at its own clearance); administrators edit templates.
                            .requestMatchers(HttpMethod.POST, "/api/v1/reports").authenticated()
                            // Exports: every account, of what it may see (never to anonymous visitors, whatever public access)
                            .requestMatchers(HttpMethod.GET, "/api/v1/exports/*").authenticated()
                            .requestMatchers(HttpMethod.POST, "/api/v1/imports").hasAnyRole(WRITERS)
                            .requestMatchers(HttpMethod.PUT, "/api/v1/report-templates/*").hasRole(Role.ADMIN.name())
                            .requestMatchers(HttpMethod.POST, "/api/v1/report-templates/*/reset").hasRole(Role.ADMIN.name())
                            .requestMatchers(HttpMethod.GET, "/api/v1/*/*/history", "/api/v1/*/*/history/**", "/api/v1/contacts/**").authenticated()
                            .requestMatchers(HttpMethod.GET, DUPLICATE_QUEUES).hasAnyRole(WRITERS)
                            .requestMatchers(HttpMethod.POST, MERGES).hasAnyRole(REVIEWERS)
                            .requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/verify", "/api/v1/incidents/*/publish")
                            .hasAnyRole(REVIEWERS);
                    if (publicAccess) {
                        a.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll();
                    }
                    a.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                            .requestMatchers("/api/v1/vocabularies/**").hasRole(Role.ADMIN.name())
                            .anyRequest().hasAnyRole(WRITERS);
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Users users, Settings settings,
                            List<LogoutHandler> logoutHandlers)
            throws Exception {
        http.addFilterAfter(new ActorFilter(users), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new AccountGate(users, settings), AuthorizationFilter.class)
                .headers(SecurityConfiguration::headers)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/login", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/webjars/**", "/assets/**").permitAll()
                        // After the password, only the second step: no role until the code is right.
                        .requestMatchers(AccountGate.SECOND_STEP).hasAuthority(TwoFactorPending.AUTHORITY)
                        .requestMatchers(HttpMethod.POST, "/duplicates/**").hasAnyRole(REVIEWERS)
                        .requestMatchers("/duplicates", "/duplicates/**").hasAnyRole(WRITERS)
                        .requestMatchers(ADMINISTRATION).hasRole(Role.ADMIN.name())
                        // verifying and publishing is the reviewers' work (incident.ReviewStatus says the same of saves)
                        .requestMatchers(HttpMethod.POST, "/incidents/*/verify", "/incidents/*/publish", "/review/**")
                        .hasAnyRole(REVIEWERS)
                        // any method: a HEAD is served by the GET handlers too
                        // Exports: every role, of what it may see
                        .requestMatchers(HttpMethod.GET, "/exports", "/exports/download").hasAnyRole(ALL_ROLES)
                        // the page's form, posted so that a passphrase to encrypt the file never goes in an address
                        .requestMatchers(HttpMethod.POST, "/exports/download").hasAnyRole(ALL_ROLES)
                        .requestMatchers(WRITER_PAGES).hasAnyRole(WRITERS)
                        .requestMatchers(HttpMethod.POST, WRITER_POSTS).hasAnyRole(WRITERS)
                        .anyRequest().hasAnyRole(ALL_ROLES))
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(new AfterSignIn(users, settings))
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
                // The session id changes at sign-in (and again after the second factor, in SignInController).
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // what other features keep for a session and must end with it (the import page's uploaded sheets)
                .logout(l -> {
                    logoutHandlers.forEach(l::addLogoutHandler);
                    l.logoutSuccessUrl("/login?logout");
                });
        return http.build();
    }

    /** The password step of the sign-in form, with lockout and throttling; the only way to sign in with a password. */
    @Bean
    PasswordSignIn passwordSignIn(SignInGuard guard, Users users) {
        return new PasswordSignIn(guard, users);
    }

    /**
     * The same headers on every response of both chains. The policy allows no inline script or style; images
     * may be data: URIs (the QR code of the two-factor enrolment). HSTS is sent on HTTPS requests only.
     */
    static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .httpStrictTransportSecurity(s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }
}
