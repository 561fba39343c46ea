package org.expertportal.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.expertportal.expert.Availability;
import org.expertportal.expert.CvSection;
import org.expertportal.expert.ExpertDraft;
import org.expertportal.expert.FeeBasis;
import org.expertportal.sample.SampleDraft;

/** Drafts and sinks the integration tests share. */
public final class Fixtures {

    private Fixtures() {}

    public static ExpertDraft expert(String slug, String... countries) {
        return new ExpertDraft("Test Expert " + slug, slug, "Country analyst", "Writes about risk on return.", 7, 3,
                FeeBasis.REDUCED, Availability.AVAILABLE, null, Set.of(countries), Set.of("political-persecution"),
                Set.of("en", "mn"), "Internal: once advised a ministry.",
                Map.of(CvSection.EDUCATION, List.of("2010: MA, Asian studies"),
                        CvSection.TESTIMONY, List.of("2024: Upper Tribunal")));
    }

    public static SampleDraft sample(String title, String country) {
        return new SampleDraft(title, "An anonymised example.", country, Set.of("political-persecution"), "en", 2024);
    }

    public static ByteArrayInputStream pdf() {
        return new ByteArrayInputStream(Pdfs.withPages(2));
    }

    /** A sink that keeps what it receives, with the name and type it was opened with. */
    public static final class MemorySink implements DocumentSink {
        public final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        public final List<String> opened = new ArrayList<>();

        @Override
        public OutputStream open(String fileName, String mediaType, long length) {
            opened.add(fileName + " " + mediaType + " " + length);
            return bytes;
        }
    }
}
