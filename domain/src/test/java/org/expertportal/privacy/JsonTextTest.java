package org.expertportal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void text_a_client_typed_cannot_break_out_of_its_string() {
        String typed = "quote \" backslash \\ newline \n tab \t bell \u0007 separator \u2028 end";
        assertThat(JsonText.of(List.of(typed)).strip()).isEqualTo(
                "[\n  \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 separator \\u2028 end\"\n]");
    }

    @Test
    void maps_keep_their_order_and_empty_values_are_null_or_empty() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", 1L);
        value.put("a", Optional.empty());
        value.put("when", Instant.parse("2026-11-27T10:15:30Z"));
        value.put("day", LocalDate.of(2026, 12, 1));
        value.put("list", List.of());
        value.put("flag", true);
        assertThat(JsonText.of(value)).isEqualTo("""
                {
                  "b": 1,
                  "a": null,
                  "when": "2026-11-27T10:15:30Z",
                  "day": "2026-12-01",
                  "list": [],
                  "flag": true
                }
                """);
    }

    @Test
    void the_retention_period_counts_calendar_months_in_utc() {
        var policy = new RetentionPolicy(24);
        assertThat(policy.cutoff(Instant.parse("2026-03-31T12:00:00Z"))).isEqualTo(Instant.parse("2024-03-31T12:00:00Z"));
        assertThat(policy.expiry(Instant.parse("2024-02-29T08:00:00Z"))).isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
    }
}
