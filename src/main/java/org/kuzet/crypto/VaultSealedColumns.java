package org.kuzet.crypto;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vault's own sealed value, re-encrypted by a rotation like every other. */
@Configuration(proxyBeanMethods = false)
class VaultSealedColumns {

    @Bean
    SealedColumn vaultCheckValue() {
        return VaultCheck.COLUMN;
    }
}
