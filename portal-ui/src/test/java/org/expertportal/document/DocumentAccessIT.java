package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expertportal.account.AccountReference;
import org.expertportal.account.AccountService;
import org.expertportal.expert.ExpertService;
import org.expertportal.sample.SampleService;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every download and upload path at service level, for anonymous visitors, clients, staff and
 * administrators: the view annotation only gates navigation, so the use cases must refuse too.
 */
class DocumentAccessIT extends KaribuTest {

    static final String CLIENT = "client@demo.test";
    static final String STAFF = "staff@demo.test";
    static final String ADMIN = "admin@demo.test";

    @Autowired
    ExpertService experts;

    @Autowired
    SampleService samples;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String slug;
    private long expertId;
    private long sampleId;

    @BeforeEach
    void anExpertWithACvAndAPublishedSample() {
        slug = "access-" + System.nanoTime();
        signIn(ADMIN);
        expertId = experts.create(Fixtures.expert(slug, "MN"));
        experts.uploadCvVersion(expertId, "cv.pdf", Fixtures.pdf());
        sampleId = samples.publish(Fixtures.sample("Access sample", "MN"), "sample.pdf", Fixtures.pdf());
        signOut();
    }

    @Test
    void anyone_reads_the_public_profile_but_only_signed_in_people_download_the_cv() {
        assertThat(experts.publicProfile(slug)).isPresent();
        assertThatThrownBy(() -> experts.downloadCv(slug, new Fixtures.MemorySink()))
                .isInstanceOf(NotPermittedException.class);

        for (String who : new String[] {CLIENT, STAFF, ADMIN}) {
            signIn(who);
            long before = downloadsBy(currentAccountId());
            var sink = new Fixtures.MemorySink();
            experts.downloadCv(slug, sink);
            assertThat(sink.bytes.toByteArray()).as(who).startsWith("%PDF".getBytes());
            assertThat(sink.opened).as(who).singleElement().asString().startsWith("cv.pdf application/pdf ");
            assertThat(downloadsBy(currentAccountId())).as(who + " recorded").isEqualTo(before + 1);
            signOut();
        }
    }

    @Test
    void a_cv_download_records_who_when_and_which_version() {
        signIn(ADMIN);
        experts.uploadCvVersion(expertId, "cv-v2.pdf", Fixtures.pdf());
        signOut();
        signIn(CLIENT);
        var sink = new Fixtures.MemorySink();
        experts.downloadCv(slug, sink);

        assertThat(sink.opened).singleElement().asString().startsWith("cv-v2.pdf ");
        Long versionTwoDocument = jdbc.queryForObject(
                "select document_id from expert_cv_version where expert_id = ? and version_number = 2", Long.class,
                expertId);
        var recorded = jdbc.queryForMap(
                "select document_id, account_id, downloaded_at, purpose from document_download "
                        + "where account_id = ? order by id desc limit 1", currentAccountId());
        assertThat(recorded.get("document_id")).isEqualTo(versionTwoDocument);
        assertThat(recorded.get("purpose")).isEqualTo("EXPERT_CV");
        assertThat(recorded.get("downloaded_at")).isNotNull();
    }

    @Test
    void a_download_the_browser_breaks_off_stays_recorded() {
        signIn(CLIENT);
        long before = downloadsBy(currentAccountId());
        DocumentSink breaking = (fileName, mediaType, length) -> new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("connection reset by peer");
            }
        };

        assertThatThrownBy(() -> samples.download(sampleId, breaking)).isInstanceOf(DocumentTransferException.class);
        assertThatThrownBy(() -> experts.downloadCv(slug, breaking)).isInstanceOf(DocumentTransferException.class);

        assertThat(downloadsBy(currentAccountId())).isEqualTo(before + 2);
    }

    @Test
    void samples_are_listed_for_anyone_but_downloaded_only_by_signed_in_people_stamped_with_their_reference()
            throws Exception {
        assertThat(samples.samplesForCountry("MN")).extracting(s -> s.id()).contains(sampleId);
        assertThatThrownBy(() -> samples.download(sampleId, new Fixtures.MemorySink()))
                .isInstanceOf(NotPermittedException.class);

        for (String who : new String[] {CLIENT, STAFF, ADMIN}) {
            signIn(who);
            long before = downloadsBy(currentAccountId());
            var sink = new Fixtures.MemorySink();
            samples.download(sampleId, sink);
            String stamp = "SAMPLE " + AccountReference.of(currentAccountId());
            try (PDDocument copy = Loader.loadPDF(sink.bytes.toByteArray())) {
                var text = new PDFTextStripper();
                for (int page = 1; page <= copy.getNumberOfPages(); page++) {
                    text.setStartPage(page);
                    text.setEndPage(page);
                    assertThat(text.getText(copy)).as(who + " page " + page).contains(stamp);
                }
            }
            assertThat(downloadsBy(currentAccountId())).as(who + " recorded").isEqualTo(before + 1);
            signOut();
        }
    }

    @Test
    void only_staff_and_administrators_publish_and_retire_samples() {
        for (String who : new String[] {"anonymous", CLIENT}) {
            as(who, () -> {
                assertThatThrownBy(() -> samples.publish(Fixtures.sample("x", "MN"), "x.pdf", Fixtures.pdf()))
                        .as(who).isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> samples.retire(sampleId)).as(who).isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> samples.allSamples()).as(who).isInstanceOf(NotPermittedException.class);
            });
        }
        for (String who : new String[] {STAFF, ADMIN}) {
            as(who, () -> {
                long id = samples.publish(Fixtures.sample("By " + who, "ER"), "s.pdf", Fixtures.pdf());
                samples.retire(id);
                assertThat(samples.allSamples()).as(who).anySatisfy(s -> {
                    assertThat(s.id()).isEqualTo(id);
                    assertThat(s.published()).isFalse();
                });
            });
        }
    }

    @Test
    void a_retired_sample_is_no_longer_listed_or_downloadable_by_clients() {
        as(STAFF, () -> samples.retire(sampleId));
        assertThat(samples.samplesForCountry("MN")).extracting(s -> s.id()).doesNotContain(sampleId);
        as(CLIENT, () -> assertThatThrownBy(() -> samples.download(sampleId, new Fixtures.MemorySink()))
                .isInstanceOf(NotFoundException.class));
    }

    @Test
    void only_administrators_change_experts_and_their_cvs() {
        for (String who : new String[] {"anonymous", CLIENT, STAFF}) {
            as(who, () -> {
                assertThatThrownBy(() -> experts.create(Fixtures.expert("nope-" + System.nanoTime(), "MN")))
                        .as(who).isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> experts.update(expertId, Fixtures.expert(slug, "MN")))
                        .as(who).isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> experts.deactivate(expertId)).as(who)
                        .isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> experts.uploadCvVersion(expertId, "cv.pdf", Fixtures.pdf()))
                        .as(who).isInstanceOf(NotPermittedException.class);
                assertThatThrownBy(() -> experts.allExperts()).as(who).isInstanceOf(NotPermittedException.class);
            });
        }
        as(ADMIN, () -> {
            experts.deactivate(expertId);
            assertThat(experts.allExperts()).anySatisfy(e -> {
                assertThat(e.id()).isEqualTo(expertId);
                assertThat(e.active()).isFalse();
            });
        });
    }

    @Test
    void conflict_of_interest_notes_are_for_staff_and_administrators_only() {
        for (String who : new String[] {"anonymous", CLIENT}) {
            as(who, () -> assertThatThrownBy(() -> experts.conflictNotes(slug)).as(who)
                    .isInstanceOf(NotPermittedException.class));
        }
        for (String who : new String[] {STAFF, ADMIN}) {
            as(who, () -> assertThat(experts.conflictNotes(slug)).as(who).contains("Internal: once advised a ministry."));
        }
    }

    @Test
    void a_deactivated_expert_disappears_from_the_directory_and_clients_cannot_download_the_cv() {
        as(ADMIN, () -> experts.deactivate(expertId));
        assertThat(experts.publicProfile(slug)).isEmpty();
        assertThat(experts.publicExpertsForCountry("MN")).extracting(e -> e.slug()).doesNotContain(slug);
        as(CLIENT, () -> assertThatThrownBy(() -> experts.downloadCv(slug, new Fixtures.MemorySink()))
                .isInstanceOf(NotFoundException.class));
        as(STAFF, () -> {
            var sink = new Fixtures.MemorySink();
            experts.downloadCv(slug, sink);
            assertThat(sink.bytes.size()).isPositive();
        });
    }

    private void as(String who, Runnable action) {
        signOut();
        if (!who.equals("anonymous")) {
            signIn(who);
        }
        try {
            action.run();
        } finally {
            signOut();
        }
    }

    private long currentAccountId() {
        return accounts.currentAccount().orElseThrow().id();
    }

    private long downloadsBy(long accountId) {
        return jdbc.queryForObject("select count(*) from document_download where account_id = ?", Long.class,
                accountId);
    }
}
