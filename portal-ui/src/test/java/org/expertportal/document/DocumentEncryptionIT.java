package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.expertportal.document.ui.DocumentDownloads;
import org.expertportal.expert.ExpertService;
import org.expertportal.shared.DomainException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/** Documents at rest on the real store: encrypted on disk, and a tampered one is never served. */
class DocumentEncryptionIT extends KaribuTest {

    @Autowired
    ExpertService experts;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${portal.data-dir}")
    Path dataDir;

    private String slug;
    private long documentId;
    private Path file;

    @BeforeEach
    void anExpertWithAnUploadedCv() {
        slug = "encrypted-" + System.nanoTime();
        signIn("admin@demo.test");
        long expertId = experts.create(Fixtures.expert(slug, "MN"));
        experts.uploadCvVersion(expertId, "cv.pdf", Fixtures.pdf());
        signOut();
        Map<String, Object> row = jdbc.queryForMap("""
                select d.id, d.storage_name, d.key_id from document d
                join expert_cv_version v on v.document_id = d.id where v.expert_id = ?""", expertId);
        documentId = ((Number) row.get("id")).longValue();
        assertThat(row.get("key_id")).as("the key is recorded with the document").isNotNull();
        file = dataDir.resolve("documents").resolve((String) row.get("storage_name"));
    }

    @Test
    void an_uploaded_pdf_is_ciphertext_on_disk_and_the_same_pdf_on_download() throws IOException {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        signIn("client@demo.test");
        var sink = new Fixtures.MemorySink();
        experts.downloadCv(slug, sink);
        assertThat(sink.bytes.toByteArray()).startsWith("%PDF".getBytes());
    }

    @Test
    void a_tampered_file_is_refused_cleanly_logged_and_audited_and_nothing_is_sent() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        signIn("client@demo.test");
        var sink = new Fixtures.MemorySink();

        assertThatThrownBy(() -> experts.downloadCv(slug, sink))
                .isInstanceOf(DomainException.class).hasMessage("document.unavailable");
        assertThat(sink.opened).as("no byte of a tampered file leaves").isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'DOCUMENT_INTEGRITY_FAILED' and target_id = ?""", Long.class,
                String.valueOf(documentId))).isEqualTo(1);
    }

    @Test
    void the_page_says_in_its_language_why_a_refused_download_brought_nothing() throws Exception {
        signIn("client@demo.test");
        useLanguage(Locale.forLanguageTag("ru"));
        var owner = new Div();
        UI.getCurrent().add(owner);
        VaadinResponse response = mock(VaadinResponse.class);
        var event = new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                owner.getElement());

        DocumentDownloads.handler(sink -> {
            throw new DomainException("document.unavailable");
        }).handleDownloadRequest(event);
        MockVaadin.clientRoundtrip(false);

        verify(response).setStatus(409);
        assertThat(NotificationsKt.getNotifications()).singleElement()
                .extracting(notification -> notification.getElement().getProperty("text"))
                .asString().startsWith("Этот документ сейчас недоступен");
    }

    @Test
    void a_document_that_fails_while_being_sent_aborts_the_response_instead_of_ending_it() throws Exception {
        var owner = new Div();
        UI.getCurrent().add(owner);
        VaadinResponse response = mock(VaadinResponse.class);
        OutputStream responseBody = mock(OutputStream.class);
        when(response.getOutputStream()).thenReturn(responseBody);
        var event = new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                owner.getElement());

        assertThatThrownBy(() -> DocumentDownloads.handler(sink -> {
            try {
                sink.open("cv.pdf", "application/pdf", 1000).write(new byte[10]);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            throw new DocumentDamagedException(new IOException("tag mismatch"));
        }).handleDownloadRequest(event)).isInstanceOf(DocumentDamagedException.class);
        verify(responseBody, never()).close();
    }
}
