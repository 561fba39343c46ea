package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Locale;
import org.expertportal.ui.DateField;
import org.expertportal.ui.KaribuTest;
import org.expertportal.ui.ZoneField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #12: a person chooses the region whose date and time formats they read; the choice is
 * stored on the account, and every page after it (date fields included) follows it.
 */
class RegionIT extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void a_client_chooses_us_formats_and_the_next_page_types_dates_month_first() {
        signIn("client@demo.test");
        try {
            UI.getCurrent().navigate("account");
            _setValue(_get(ComboBox.class, spec -> spec.withId("account-region")), "US");

            assertThat(jdbc.queryForObject("select region from account where email = 'client@demo.test'",
                    String.class)).isEqualTo("US");
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("en-US"));
            UI.getCurrent().navigate("request");
            assertThat(_get(DateField.class, spec -> spec.withId("hearing")).getI18n().getDateFormats())
                    .startsWith("MM/dd/yyyy").contains("yyyy-MM-dd");

            UI.getCurrent().navigate("account");
            _setValue(_get(ComboBox.class, spec -> spec.withId("account-region")), "GB");
            UI.getCurrent().navigate("request");
            assertThat(_get(DateField.class, spec -> spec.withId("hearing")).getI18n().getDateFormats())
                    .startsWith("dd/MM/yyyy");
            assertThat(_get(DateField.class, spec -> spec.withId("hearing")).getI18n().getBadInputErrorMessage())
                    .isEqualTo("We could not read this date. Type it as 31/12/2027 or pick it from the calendar.");
        } finally {
            accounts.changeRegion(null);
        }
        assertThat(accounts.currentAccount().orElseThrow().region()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void time_zones_are_chosen_by_city_in_the_persons_language() {
        signIn("client@demo.test");
        UI.getCurrent().navigate("account");
        ZoneField zone = (ZoneField) _get(ComboBox.class, spec -> spec.withId("account-time-zone"));
        assertThat(zone.getItemLabelGenerator().apply("Europe/London")).startsWith("London, United");
        assertThat(zone.getItemLabelGenerator().apply("America/New_York")).startsWith("New York, United States");
        assertThat(zone.getItemLabelGenerator().apply(ZoneField.UTC)).doesNotContain("/");
    }
}
