package org.kuzet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.kuzet.shared.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says who acts for the rest of the request, once Spring Security has authenticated it: the signed-in,
 * enabled user with their role's clearance, or else an anonymous visitor.
 */
class ActorFilter extends OncePerRequestFilter {

    /** The request attribute holding the signed-in {@link User} as read here, so later filters need not read it again. */
    static final String USER = ActorFilter.class.getName() + ".user";

    private final Users users;

    ActorFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor.set(actorOf(SecurityContextHolder.getContext().getAuthentication(), request));
        try {
            chain.doFilter(request, response);
        } finally {
            Actor.clear();
        }
    }

    private Actor actorOf(Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Actor.PUBLIC;
        }
        Optional<User> user = users.find(authentication.getName());
        user.ifPresent(u -> request.setAttribute(USER, u));
        return user.filter(User::enabled)
                .map(u -> new Actor(u.id(), u.username(), u.role().code(), u.role().clearance()))
                .orElse(Actor.PUBLIC);
    }
}
