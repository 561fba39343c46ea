package org.expertportal.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expertportal.account.AccountReference;
import org.expertportal.account.AccountRepository;
import org.expertportal.document.Fixtures;
import org.expertportal.expert.ExpertService;
import org.expertportal.sample.SampleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Downloads over real HTTP in a real browser session: the headers every document download must
 * carry, the stamp on a sample copy, and no document once signed out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DocumentJourneyIT {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    ExpertService experts;

    @Autowired
    SampleService samples;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** The application's clock, which the portal checks second-factor codes against. */
    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private Browser browser;
    private Page page;
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
        browser = Browser.start(profile);
        page = browser.context().newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_client_downloads_the_cv_and_a_stamped_sample_with_no_store_and_rfc_6266_names() throws Exception {
        page.navigate(url("/experts/" + slug));
        assertThat(page.locator("#cv-download").count()).as("anonymous: no download link").isZero();

        signIn("client@demo.test", "demo-client-pass");
        page.navigate(url("/experts/" + slug));
        String cvHref = page.locator("#cv-download").getAttribute("href");
        APIResponse cv = browser.context().request().get(url("/" + cvHref));
        assertThat(cv.status()).isEqualTo(200);
        assertThat(cv.headers().get("cache-control")).isEqualTo("no-store");
        assertThat(cv.headers().get("content-type")).startsWith("application/pdf");
        assertThat(cv.headers().get("content-disposition"))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20");
        assertThat(new String(cv.body(), 0, 5)).isEqualTo("%PDF-");

        String sampleHref = page.locator("[id^=sample-download-]").first().getAttribute("href");
        APIResponse sample = browser.context().request().get(url("/" + sampleHref));
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

        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#sign-in")).isVisible();
        APIResponse afterSignOut = browser.context().request().get(url("/" + cvHref));
        assertThat(afterSignOut.headers().getOrDefault("content-type", "")).doesNotStartWith("application/pdf");
    }

    private void signIn(String email, String password) {
        Browser.signIn(page, url(""), email, password, jdbc, clock);
        page.waitForURL(Pattern.compile(".*/home$"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
