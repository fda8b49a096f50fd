package org.kuzet.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

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
            "/api/v1/sources/*", "/api/v1/interventions", "/api/v1/interventions/*", "/api/v1/vocabularies",
            "/api/v1/vocabularies/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Users users,
                            @Value("${kuzet.public-access:true}") boolean publicAccess) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are accepted here, only the Authorization header, so there is nothing to forge.
                .csrf(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .addFilterAfter(new ActorFilter(users), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "Authentication required", "Send a personal API token: Authorization: Bearer kzt_..."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden", "Your role does not allow this request")))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/api/v1/users/**", "/api/v1/audit/**").hasRole("ADMIN")
                            .requestMatchers(HttpMethod.GET, "/api/v1/*/*/history", "/api/v1/*/*/history/**", "/api/v1/contacts/**").authenticated();
                    if (publicAccess) {
                        a.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll();
                    }
                    a.requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                            .requestMatchers("/api/v1/vocabularies/**").hasRole("ADMIN")
                            .anyRequest().hasAnyRole("ADMIN", "EDITOR", "REVIEWER");
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Users users) throws Exception {
        http.addFilterAfter(new ActorFilter(users), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/login", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/webjars/**", "/assets/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.successHandler(new FirstLoginHandler()))
                .logout(l -> l.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder(Users users) {
        return users.encoder();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return username -> users.find(username)
                .map(u -> org.springframework.security.core.userdetails.User.withUsername(u.username())
                        .password(users.passwordHash(u.username()).orElseThrow())
                        .roles(u.role().name())
                        .disabled(!u.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
