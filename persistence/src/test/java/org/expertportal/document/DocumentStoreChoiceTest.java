package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** PORTAL_DOCUMENT_STORE picks exactly one adapter of the port; the folder is the default. */
class DocumentStoreChoiceTest {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner portal() {
        return new ApplicationContextRunner()
                .withUserConfiguration(DocumentStoreConfiguration.class)
                .withPropertyValues("portal.data-dir=" + dataDir, "portal.documents.generate-key=true");
    }

    @Test
    void without_a_choice_documents_go_to_the_data_folder() {
        portal().run(context -> {
            assertThat(context).hasSingleBean(DocumentStore.class);
            assertThat(context.getBean(DocumentStore.class)).isInstanceOf(FileSystemDocumentStore.class);
        });
    }

    @Test
    void s3_chooses_the_bucket_and_leaves_the_folder_store_out() {
        portal().withPropertyValues("portal.documents.store=s3", "portal.documents.s3.endpoint=http://127.0.0.1:9",
                        "portal.documents.s3.bucket=portal-documents", "portal.documents.s3.access-key=a",
                        "portal.documents.s3.secret-key=b")
                .run(context -> {
                    assertThat(context).hasSingleBean(DocumentStore.class);
                    assertThat(context.getBean(DocumentStore.class)).isInstanceOf(S3DocumentStore.class);
                    assertThat(((S3DocumentStore) context.getBean(DocumentStore.class)).bucket())
                            .isEqualTo("portal-documents");
                });
    }

    @Test
    void an_unknown_store_stops_the_start_with_the_choices() {
        portal().withPropertyValues("portal.documents.store=S3 ")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("PORTAL_DOCUMENT_STORE is filesystem or s3"));
    }

    @Test
    void s3_without_a_bucket_stops_the_start_with_the_variable_to_set() {
        portal().withPropertyValues("portal.documents.store=s3")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("PORTAL_S3_BUCKET"));
    }
}
