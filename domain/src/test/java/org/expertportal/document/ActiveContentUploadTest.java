package org.expertportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No purpose accepts a type a browser would run or render as a page: SVG, HTML, XML or script
 * (docs/security.md 1.3.4). The type is the detected one, so a renamed file fares no better, whatever its name.
 */
class ActiveContentUploadTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"image/svg+xml", "text/html", "application/xhtml+xml", "application/xml", "text/xml",
            "application/javascript", "text/javascript", "application/x-shockwave-flash", "text/plain"})
    void no_purpose_accepts_active_content(String mediaType) {
        for (DocumentPurpose purpose : DocumentPurpose.values()) {
            for (String name : new String[] {"file.svg", "file.html", "file.pdf", "file.docx", "file.png"}) {
                assertThat(purpose.typeOf(mediaType, name)).as(purpose + " accepts " + mediaType + " named " + name)
                        .isEmpty();
            }
        }
    }
}
