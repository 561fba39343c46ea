package org.expertportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Reading UIDL answers as the portal sends them (shapes copied from a real answer). */
class UidlTest {

    private static final String REQUEST_PAGE = """
            {"clientId":3,"syncId":2,"changes":[
              {"node":21,"type":"put","key":"tag","feat":0,"value":"vaadin-text-area"},
              {"node":21,"type":"put","key":"id","feat":3,"value":"message-text"},
              {"node":20,"type":"put","key":"id","feat":3,"value":"send-message"},
              {"node":30,"type":"put","key":"href","feat":3,"value":"my/requests/er-2026-990001"},
              {"node":31,"type":"put","key":"href","feat":3,"value":"experts"},
              {"node":32,"type":"put","key":"href","feat":3,
                "value":{"uri":"VAADIN/dynamic/resource/2/c6d680bb-8c05-4e62-b217-e71f6ce949af/"}},
              {"node":33,"type":"put","key":"target","feat":1,
                "value":"VAADIN/dynamic/resource/2/515cb838-2b7f-4553-8d7f-d0238b1dd33c/upload"}
            ]}""";

    @Test
    void finds_elements_by_id_links_by_prefix_and_downloads_but_not_uploads() {
        Uidl page = new Uidl(JsonMapper.builder().build().readTree(REQUEST_PAGE));

        assertThat(page.nodeWithId("message-text")).contains(21);
        assertThat(page.nodeWithId("send-message")).contains(20);
        assertThat(page.nodeWithId("nowhere")).isEmpty();
        assertThat(page.links("my/requests/")).containsExactly("my/requests/er-2026-990001");
        assertThat(page.downloads()).containsExactly("VAADIN/dynamic/resource/2/c6d680bb-8c05-4e62-b217-e71f6ce949af/");
        assertThat(page.syncId()).isEqualTo(2);
        assertThat(page.clientId()).isEqualTo(3);
        assertThat(page.error()).isEmpty();
    }

    @Test
    void an_error_a_browser_would_show_is_an_error() {
        var json = JsonMapper.builder().build();
        assertThat(new Uidl(json.readTree("""
                {"changes":{},"meta":{"appError":{"caption":"Synchronization Error"}},"syncId":-1}""")).error())
                .get().asString().contains("Synchronization Error");
        assertThat(new Uidl(json.readTree("{\"meta\":{\"sessionExpired\":true},\"syncId\":4}")).error()).isPresent();
        assertThat(new Uidl(json.readTree("{\"changes\":[],\"syncId\":-1}")).error()).contains("out of sync");
    }

    @Test
    void percentiles_are_nearest_rank_over_all_samples() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Stats.percentile(sorted, 50)).isEqualTo(50);
        assertThat(Stats.percentile(sorted, 95)).isEqualTo(95);
        assertThat(Stats.percentile(sorted, 99)).isEqualTo(99);
        assertThat(Stats.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Stats.percentile(new long[0], 50)).isZero();
    }
}
