package org.expertportal.account;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.ZoneId;
import org.expertportal.notification.AlertPreferences;
import org.expertportal.notification.AlertType;
import org.expertportal.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each person chooses their optional alerts, daily digest and time zone for themselves. */
class AlertSettingsIT extends KaribuTest {

    @Autowired
    AlertPreferences preferences;

    @Autowired
    AccountService accounts;

    @Test
    @SuppressWarnings("unchecked")
    void a_client_switches_country_updates_to_the_daily_digest_in_their_time_zone_then_off() {
        signIn("staff@demo.test");
        try {
            UI.getCurrent().navigate("account/notifications");
            _setValue(_get(ComboBox.class, spec -> spec.withId("alert-time-zone")), "Asia/Ulaanbaatar");
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("alert-country-updated-timing")), "daily");
            _click(_get(Button.class, spec -> spec.withId("alerts-save")));

            assertThat(preferences.myDelivery(AlertType.COUNTRY_UPDATED)).isEqualTo(AlertPreferences.Delivery.DAILY_DIGEST);
            assertThat(accounts.currentAccount().orElseThrow().timeZone()).contains(ZoneId.of("Asia/Ulaanbaatar"));

            _setValue(_get(Checkbox.class, spec -> spec.withId("alert-country-updated")), false);
            _click(_get(Button.class, spec -> spec.withId("alerts-save")));
            assertThat(preferences.myDelivery(AlertType.COUNTRY_UPDATED)).isEqualTo(AlertPreferences.Delivery.NOT_AT_ALL);
            assertThat(preferences.myDelivery(AlertType.PASSWORD_CHANGED))
                    .as("security alerts cannot be switched off").isEqualTo(AlertPreferences.Delivery.IMMEDIATELY);
        } finally {
            preferences.choose(AlertType.COUNTRY_UPDATED, true, false);
            accounts.changeTimeZone(null);
        }
    }
}
