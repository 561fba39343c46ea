package org.expertportal.document;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one adapter of the {@link DocumentStore} port, chosen by {@code PORTAL_DOCUMENT_STORE} when
 * the portal starts: the folder (the default) or an S3 bucket (docs/adr/043). Chosen in the bean
 * method, not by a condition on two beans, because the image's ahead-of-time processed start fixes
 * which beans exist at build time and must still serve either store (docs/adr/054).
 */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(@Value("${portal.documents.store:filesystem}") String store,
            @Value("${portal.data-dir:./data}") Path dataDir,
            @Value("${portal.documents.keys:}") String configuredKeys,
            @Value("${portal.documents.primary-key:}") String primaryKey,
            @Value("${portal.documents.generate-key:false}") boolean generateKey,
            Environment environment) {
        return switch (store) {
            case "filesystem" -> new FileSystemDocumentStore(dataDir, configuredKeys, primaryKey, generateKey);
            case "s3" -> new S3DocumentStore(
                    new S3DocumentStore.S3Settings(environment.getProperty("portal.documents.s3.endpoint", ""),
                            environment.getProperty("portal.documents.s3.region", "us-east-1"),
                            environment.getProperty("portal.documents.s3.bucket", ""),
                            environment.getProperty("portal.documents.s3.access-key", ""),
                            environment.getProperty("portal.documents.s3.secret-key", "")),
                    DocumentKeys.load(configuredKeys, primaryKey, generateKey, dataDir.resolve("keys")));
            default -> throw new IllegalStateException(
                    "PORTAL_DOCUMENT_STORE is filesystem or s3 (see README), not " + store);
        };
    }
}
