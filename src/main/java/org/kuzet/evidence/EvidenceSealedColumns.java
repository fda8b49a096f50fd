package org.kuzet.evidence;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sealed file names, declared so that {@code kuzet keys rotate} re-encrypts them with the files. */
@Configuration(proxyBeanMethods = false)
class EvidenceSealedColumns {

    @Bean
    SealedColumn evidenceFileName() {
        return EvidenceFiles.FILE_NAME;
    }
}
