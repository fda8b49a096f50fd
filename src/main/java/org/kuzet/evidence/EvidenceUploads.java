package org.kuzet.evidence;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code kuzet.evidence.max-size}: a file up to the limit, a
 * request up to the limit and a little room for the multipart headers, so no upload fills the disk.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EvidenceUploads {

    private static final long HEADROOM = DataSize.ofKilobytes(64).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${kuzet.evidence.max-size:50MB}") DataSize maxSize) {
        return new MultipartConfigElement("", maxSize.toBytes(), maxSize.toBytes() + HEADROOM, 0);
    }
}
