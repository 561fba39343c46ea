package org.expertportal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.expertportal.account.AccountService;
import org.expertportal.notification.AlertPreferences;
import org.expertportal.notification.AlertType;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.ZoneField;

/**
 * Which emails one receives and when: optional alerts on or off, immediately or in the daily
 * digest, and the time zone every time in an email is written in. Account and security emails are
 * listed as always sent.
 */
@Route("account/notifications")
@PermitAll
class AlertSettingsView extends Div implements HasDynamicTitle {

    private static final String IMMEDIATELY = "immediately";
    private static final String DAILY = "daily";

    AlertSettingsView(AlertPreferences preferences, AccountService accounts) {
        addClassName("portal-page");
        var layout = new VerticalLayout(new H1(getTranslation("alerts.title")),
                new Paragraph(getTranslation("alerts.lead")));
        layout.setPadding(false);
        layout.setMaxWidth("40rem");

        var zone = new ZoneField(getTranslation("alerts.time-zone"));
        zone.setValue(accounts.currentAccount().flatMap(a -> a.timeZone()).map(ZoneId::getId).orElse(null));
        zone.setHelperText(getTranslation("alerts.time-zone.help"));
        zone.setClearButtonVisible(true);
        zone.setWidthFull();
        zone.setId("alert-time-zone");
        layout.add(zone);

        Map<AlertType, Checkbox> wanted = new EnumMap<>(AlertType.class);
        Map<AlertType, RadioButtonGroup<String>> when = new EnumMap<>(AlertType.class);
        var always = new UnorderedList();
        for (AlertType type : AlertType.values()) {
            String name = getTranslation("notification.type." + type.key());
            if (type.isMandatory()) {
                always.add(new ListItem(name));
                continue;
            }
            AlertPreferences.Delivery current = preferences.myDelivery(type);
            var on = new Checkbox(name, current != AlertPreferences.Delivery.NOT_AT_ALL);
            on.setId("alert-" + type.key());
            var timing = new RadioButtonGroup<String>();
            timing.setItems(IMMEDIATELY, DAILY);
            timing.setItemLabelGenerator(choice -> getTranslation("alerts." + choice));
            timing.setValue(current == AlertPreferences.Delivery.DAILY_DIGEST ? DAILY : IMMEDIATELY);
            timing.setEnabled(on.getValue());
            timing.setId("alert-" + type.key() + "-timing");
            on.addValueChangeListener(e -> timing.setEnabled(e.getValue()));
            wanted.put(type, on);
            when.put(type, timing);
            layout.add(on, timing);
        }
        layout.add(new H2(getTranslation("alerts.always.title")), new Paragraph(getTranslation("alerts.always.lead")),
                always);

        var save = new Button(getTranslation("alerts.save"), click -> {
            accounts.changeTimeZone(zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
            wanted.forEach((type, on) -> preferences.choose(type, on.getValue(), DAILY.equals(when.get(type).getValue())));
            Notifications.success("alerts.saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("alerts-save");
        layout.add(save);
        add(layout);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title") + " | " + getTranslation("app.name");
    }
}
