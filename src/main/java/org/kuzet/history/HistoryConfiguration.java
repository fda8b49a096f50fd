package org.kuzet.history;

import org.kuzet.crypto.SealedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    /** Snapshots are sealed per row, so that {@code kuzet keys rotate} re-seals them with the others. */
    @Bean
    SealedColumn recordVersionSnapshot() {
        return new SealedColumn("record_version", "id", "snapshot");
    }
}
