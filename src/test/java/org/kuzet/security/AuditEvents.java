package org.kuzet.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kuzet.shared.AuditEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Records the AuditEvents published while a test runs, from any thread (the server's request threads too),
 * without changing the shared test context.
 */
final class AuditEvents implements ApplicationListener<PayloadApplicationEvent<?>>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    private AuditEvents(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static AuditEvents recordIn(ConfigurableApplicationContext context) {
        AuditEvents recorder = new AuditEvents(context);
        context.addApplicationListener(recorder);
        return recorder;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        if (event.getPayload() instanceof AuditEvent audit) {
            events.add(audit);
        }
    }

    /** The events about {@code subjectKey}, in order. */
    List<AuditEvent> about(String subjectKey) {
        return events.stream().filter(e -> subjectKey.equals(e.subjectKey())).toList();
    }

    List<String> actionsAbout(String subjectKey) {
        return about(subjectKey).stream().map(AuditEvent::action).toList();
    }

    List<AuditEvent> all() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
