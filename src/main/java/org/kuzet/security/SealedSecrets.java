package org.kuzet.security;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The columns of this module that hold sealed values, so that key rotation re-encrypts them. */
@Configuration(proxyBeanMethods = false)
class SealedSecrets {

    @Bean
    SealedColumn totpSecretColumn() {
        return new SealedColumn("app_user", "id", "totp_secret");
    }
}
