package org.expertportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.expertportal.database.SqlStatementCounter;
import org.junit.jupiter.api.Test;

/**
 * The SQL statements a signed-in client's most visited pages cost (issue #18): a list of 58 countries or of the
 * experts must not load each one's themes, countries and languages by a statement of its own. Bounds with room,
 * far below one statement per row (58 countries, a dozen experts).
 */
class PageStatementsIT extends KaribuTest {

    @Test
    void the_client_pages_cost_a_bounded_number_of_statements_not_one_per_row() {
        signIn("client@demo.test");
        UI.getCurrent().navigate("home");
        Map<String, Long> cost = new LinkedHashMap<>();
        for (String page : new String[] {"countries", "countries/mongolia", "experts", "home", "my/requests"}) {
            SqlStatementCounter.reset();
            UI.getCurrent().navigate(page);
            cost.put(page, SqlStatementCounter.count());
        }
        SqlStatementCounter.reset();
        UI.getCurrent().navigate("search", QueryParameters.of("q", "land"));
        cost.put("search?q=land", SqlStatementCounter.count());
        assertThat(cost.get("countries")).as("%s", cost).isLessThanOrEqualTo(12);
        assertThat(cost.get("countries/mongolia")).as("%s", cost).isLessThanOrEqualTo(25);
        assertThat(cost.get("experts")).as("%s", cost).isLessThanOrEqualTo(15);
        assertThat(cost.get("home")).as("%s", cost).isLessThanOrEqualTo(25);
        assertThat(cost.get("my/requests")).as("%s", cost).isLessThanOrEqualTo(20);
        assertThat(cost.get("search?q=land")).as("%s", cost).isLessThanOrEqualTo(15);
    }
}
