package org.expertportal.request.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.expertportal.request.CaseStage;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.RequestedService;
import org.expertportal.request.RequesterKind;
import org.junit.jupiter.api.Test;

/** A held form comes back exactly as it was submitted, whatever its text holds (docs/adr/033). */
class HeldSubmissionTest {

    @Test
    void a_held_form_reads_back_the_same_except_the_honeypot() {
        var form = new RequestSubmission(RequesterKind.LAW_FIRM, "Алия = Nurlan: #1", "Firm \\ Co\n", "a@b.example",
                "+44 20 7946 0000", null, ContactChannel.WHATSAPP, true, false, true, "IR",
                List.of("political-persecution", "press-freedom"), CaseStage.APPEAL, LocalDate.of(2027, 12, 23), true,
                "fa", "Line one\nline two = ! # \u202e\ttab", Set.of(RequestedService.FULL_REPORT,
                        RequestedService.CONSULTATION), true, "bot text");

        RequestSubmission back = HeldSubmission.decode(HeldSubmission.encode(form));

        assertThat(back).usingRecursiveComparison().ignoringFields("website").isEqualTo(form);
        assertThat(back.website()).isNull();
    }

    @Test
    void empty_values_stay_empty() {
        var form = new RequestSubmission(null, null, null, null, null, null, null, false, false, false, null, null,
                null, null, false, null, null, null, false, null);

        RequestSubmission back = HeldSubmission.decode(HeldSubmission.encode(form));

        assertThat(back).usingRecursiveComparison().isEqualTo(form);
    }

    @Test
    void unanswered_channels_stay_unanswered() {
        var form = new RequestSubmission(null, null, null, "a@b.example", "+44 20 7946 0000", null, null, true, null,
                null, null, null, null, null, false, null, null, null, false, null);

        RequestSubmission back = HeldSubmission.decode(HeldSubmission.encode(form));

        assertThat(back.safeByEmail()).isTrue();
        assertThat(back.safeByPhone()).isNull();
        assertThat(back.safeByWhatsapp()).isNull();
    }

    /** Held before each channel was asked about (docs/adr/037): an unticked phone box was no answer. */
    @Test
    void a_form_held_with_tick_boxes_reads_an_unticked_phone_as_not_asked() {
        RequestSubmission back = HeldSubmission.decode("""
                email=a@b.example
                phone=+44 20 7946 0000
                safeByEmail=false
                safeByPhone=false
                safeByWhatsapp=true
                """);

        assertThat(back.safeByEmail()).isFalse();
        assertThat(back.safeByPhone()).isNull();
        assertThat(back.safeByWhatsapp()).isTrue();
    }
}
