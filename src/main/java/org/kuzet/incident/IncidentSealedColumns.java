package org.kuzet.incident;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident's sealed column, declared so that {@code kuzet keys rotate} re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class IncidentSealedColumns {

    @Bean
    SealedColumn incidentTestimony() {
        return Incidents.PRIVATE_COLUMNS.getFirst();
    }
}
