package org.kuzet.security;

import java.util.Map;
import org.kuzet.shared.AuditEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The web sessions a user has open besides the current one. A changed password ends them: whoever is signed in
 * with the old one (a seized laptop, a phone left signed in) is signed out at their next request, on every instance,
 * since sessions live in PostgreSQL. API tokens are credentials of their own and stay until revoked.
 */
@Component
class OtherSessions {

    // absent where no web server runs (the command line), and with it any session to end
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final ApplicationEventPublisher events;

    OtherSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
    }

    /** Ends every web session of {@code username} but {@code current} (null: every one); answers how many. */
    int end(String username, String current) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(username).keySet()) {
            if (!id.equals(current)) {
                repository.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            events.publishEvent(new AuditEvent("sessions_ended", "user", username, Map.of("sessions", ended)));
        }
        return ended;
    }
}
