package org.expertportal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * HTTP parameter pollution (docs/security.md 15.3.7): a query parameter given twice is read once,
 * and the first value is the one that counts.
 */
class RepeatedParametersIT extends KaribuTest {

    @Test
    void a_repeated_search_term_counts_once_with_its_first_value() {
        UI.getCurrent().navigate("search", QueryParameters.full(Map.of("q", new String[] {"mongolia", "eritrea"})));
        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getValue()).isEqualTo("mongolia");

        UI.getCurrent().navigate("search", QueryParameters.full(Map.of("q", new String[] {"eritrea", "mongolia"})));
        assertThat(_get(TextField.class, spec -> spec.withId("search-query")).getValue()).isEqualTo("eritrea");
    }
}
