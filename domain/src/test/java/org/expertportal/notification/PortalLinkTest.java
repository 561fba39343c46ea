package org.expertportal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a link in a mail can be made of: a page of the portal and, for a request page, a reference
 * of letters, digits and dashes. Nothing a person typed can become part of an address in a mail
 * (docs/security.md 1.2.2, 1.3.7).
 */
class PortalLinkTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../admin", "ER-2026-000123/../../admin", "ER-2026-000123?next=https://evil.example",
            "ER-2026-000123#x", "https://evil.example", "//evil.example", "ER 2026", "<script>", "ER-2026-%2F",
            "ER\u2011202\u0131", "", "A-123456789012345678901234567890123"})
    void a_link_refuses_anything_but_a_reference_and_an_alert_anything_but_a_request_reference(String typed) {
        assertThatThrownBy(() -> PortalLink.clientRequest(typed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PortalLink.staffRequest(typed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Alert(AlertType.PASSWORD_CHANGED, 1, typed, PortalLink.to(PortalLink.Page.HOME),
                        NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"HOME", "ACCOUNT_PASSWORD", "SET_PASSWORD"})
    void a_page_that_is_not_about_a_request_names_none(String page) {
        PortalLink.Page plain = PortalLink.Page.valueOf(page);
        assertThat(PortalLink.to(plain).reference()).isNull();
        assertThatThrownBy(() -> new PortalLink(plain, "ER-2026-000123")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PortalLink.clientRequest("ER-2026-000123").reference()).isEqualTo("ER-2026-000123");
    }
}
