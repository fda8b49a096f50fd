package org.kuzet.person;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The person's sealed columns, declared so that {@code kuzet keys rotate} re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class PersonSealedColumns {

    @Bean
    SealedColumn personContacts() {
        return Persons.PRIVATE_COLUMNS.get(0);
    }

    @Bean
    SealedColumn personAddress() {
        return Persons.PRIVATE_COLUMNS.get(1);
    }

    @Bean
    SealedColumn personDateOfBirth() {
        return Persons.PRIVATE_COLUMNS.get(2);
    }

    @Bean
    SealedColumn personConsentNotes() {
        return Persons.PRIVATE_COLUMNS.get(3);
    }
}
