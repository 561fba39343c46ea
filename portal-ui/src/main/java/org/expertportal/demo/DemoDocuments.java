package org.expertportal.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.expertportal.expert.ExpertCard;
import org.expertportal.expert.ExpertService;
import org.expertportal.sample.SampleDraft;
import org.expertportal.sample.SampleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, gives every demo expert without a PDF CV a small generated one, and
 * publishes three sample reports when none exists. It acts as the demo administrator, so that the
 * documents go through the ordinary use cases and their checks.
 */
@Component
@Profile("demo")
class DemoDocuments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDocuments.class);
    private static final String DEMO_ADMIN = "admin@demo.test";

    private final ExpertService experts;
    private final SampleService samples;
    private final UserDetailsService users;
    private final Clock clock;

    DemoDocuments(ExpertService experts, SampleService samples, UserDetailsService users, Clock clock) {
        this.clock = clock;
        this.experts = experts;
        this.samples = samples;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        UserDetails admin = users.loadUserByUsername(DEMO_ADMIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            int cvs = 0;
            for (ExpertCard expert : experts.allExperts()) {
                if (experts.cvVersions(expert.id()).isEmpty()) {
                    experts.uploadCvVersion(expert.id(), expert.slug() + "-cv.pdf",
                            new ByteArrayInputStream(pdf(List.of(expert.name(), expert.title(), "", expert.bio()))));
                    cvs++;
                }
            }
            int published = 0;
            if (samples.allSamples().isEmpty()) {
                int year = Year.now(clock).getValue() - 1;
                published += publish("Risk on return for a protest organiser (Mongolia)", "MN",
                        Set.of("protest-crackdowns", "political-persecution"), year);
                published += publish("Indefinite national service and desertion (Eritrea)", "ER",
                        Set.of("forced-conscription", "detention-conditions"), year - 1);
                published += publish("Conversion to Christianity and the family (Iran)", "IR",
                        Set.of("religious-persecution"), year - 2);
            }
            log.info("Demo documents: {} CVs and {} sample reports generated", cvs, published);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int publish(String title, String country, Set<String> themes, int year) {
        String summary = "An anonymised example of a country expert report: the question put by the tribunal, "
                + "the sources, the assessment of risk on return and the expert's declaration.";
        samples.publish(new SampleDraft(title, summary, country, themes, "en", year), "sample-" + country + ".pdf",
                new ByteArrayInputStream(pdf(List.of(title, "", summary, "", "[Pages of anonymised analysis follow.]"))));
        return 1;
    }

    /** A two-page PDF with the given lines on the first page; demo files are a few kilobytes. */
    static byte[] pdf(List<String> lines) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int pageNumber = 1; pageNumber <= 2; pageNumber++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 780);
                    List<String> text = pageNumber == 1 ? lines : List.of("Page 2");
                    for (String line : text) {
                        for (String part : wrap(winAnsi(line), 85)) {
                            content.showText(part);
                            content.newLine();
                        }
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String winAnsi(String text) {
        return text.replaceAll("[^\\x20-\\x7e\\u00a0-\\u00ff\\u2013\\u2014\\u2019]", "?");
    }

    private static List<String> wrap(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ', width);
        cut = cut <= 0 ? width : cut;
        var rest = wrap(text.substring(cut).strip(), width);
        var all = new ArrayList<String>();
        all.add(text.substring(0, cut));
        all.addAll(rest);
        return all;
    }
}
