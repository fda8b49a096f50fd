package org.kuzet.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
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
 * session from the sign-in form. Roles so far: reading needs any account, writing needs an editor,
 * reviewer or administrator, vocabularies and users need an administrator.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are accepted here, only the Authorization header, so there is nothing to forge.
                .csrf(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_UNAUTHORIZED,
                                "Authentication required", "Send a personal API token: Authorization: Bearer kzt_..."))
                        .accessDeniedHandler((req, res, ex) -> ProblemResponses.write(res, HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden", "Your role does not allow this request")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/v1/vocabularies/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .anyRequest().hasAnyRole("ADMIN", "EDITOR", "REVIEWER"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/login", "/error", "/favicon.ico").permitAll()
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
