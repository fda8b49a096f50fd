package org.kuzet.source;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The source's sealed column, declared so that {@code kuzet keys rotate} re-encrypts it. */
@Configuration(proxyBeanMethods = false)
class SourceSealedColumns {

    @Bean
    SealedColumn sourceInformant() {
        return Sources.PRIVATE_COLUMNS.getFirst();
    }
}
