package org.expertportal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expertportal.account.AccountReference;
import org.expertportal.account.AccountRepository;
import org.expertportal.document.Fixtures;
import org.expertportal.expert.ExpertService;
import org.expertportal.sample.SampleService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Downloads over real HTTP in a real browser session: the headers every document download must
 * carry, the stamp on a sample copy, and no document once signed out.
 */
@BrowserJourney
class DocumentJourneyIT {

    @Autowired
    ExpertService experts;

    @Autowired
    SampleService samples;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    private String slug;

    @BeforeEach
    void anExpertWithACvAndASample() {
        slug = "journey-" + System.nanoTime();
        var admin = users.loadUserByUsername("admin@demo.test");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            long id = experts.create(Fixtures.expert(slug, "TJ"));
            experts.uploadCvVersion(id, "Резюме эксперта.pdf", Fixtures.pdf());
            samples.publish(Fixtures.sample("Journey sample", "TJ"), "sample.pdf", Fixtures.pdf());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_client_downloads_the_cv_and_a_stamped_sample_with_no_store_and_rfc_6266_names(Journey journey)
            throws Exception {
        Page page = journey.page();
        page.navigate(journey.url("/experts/" + slug));
        assertThat(page.locator("#cv-download").count()).as("anonymous: no download link").isZero();

        journey.signInToHome("client@demo.test", "demo-client-pass");
        page.navigate(journey.url("/experts/" + slug));
        String cvHref = page.locator("#cv-download").getAttribute("href");
        APIResponse cv = journey.context().request().get(journey.url("/" + cvHref));
        assertThat(cv.status()).isEqualTo(200);
        assertThat(cv.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(cv.headers().get("content-type")).startsWith("application/pdf");
        assertThat(cv.headers().get("content-disposition"))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20");
        assertThat(new String(cv.body(), 0, 5)).isEqualTo("%PDF-");

        String sampleHref = page.locator("[id^=sample-download-]").first().getAttribute("href");
        APIResponse sample = journey.context().request().get(journey.url("/" + sampleHref));
        assertThat(sample.headers().get("cache-control")).isEqualTo("no-store");
        long clientId = accounts.findByEmail("client@demo.test").orElseThrow().getId();
        try (PDDocument copy = Loader.loadPDF(sample.body())) {
            var text = new PDFTextStripper();
            for (int pageNumber = 1; pageNumber <= copy.getNumberOfPages(); pageNumber++) {
                text.setStartPage(pageNumber);
                text.setEndPage(pageNumber);
                assertThat(text.getText(copy)).contains("SAMPLE " + AccountReference.of(clientId));
            }
        }

        journey.signOut();
        APIResponse afterSignOut = journey.context().request().get(journey.url("/" + cvHref));
        assertThat(afterSignOut.headers().getOrDefault("content-type", "")).doesNotStartWith("application/pdf");
    }
}
