package org.expertportal.account.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.expertportal.account.AccountLinkService;
import org.expertportal.account.AccountService;
import org.expertportal.account.AccountSummary;
import org.expertportal.locale.DateEntry;
import org.expertportal.locale.DateTimeTexts;
import org.expertportal.locale.PersonLocale;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.text.UserText;
import org.expertportal.ui.LanguageSelect;
import org.expertportal.ui.Notifications;
import org.expertportal.ui.Texts;
import org.expertportal.ui.UserTextFields;
import org.expertportal.ui.ZoneField;

/**
 * One's own account: name, language, time zone, email address (changed only after confirmation
 * from the new address), and links to the other parts ({@link AccountSection} beans: password,
 * email alerts, organisation, and whatever other features add).
 */
@Route("account")
@PermitAll
class AccountView extends Div implements HasDynamicTitle {

    private static final LocalDate SAMPLE_DATE = LocalDate.of(2027, 12, 23);
    private static final Instant SAMPLE_TIME = Instant.parse("2027-12-23T14:45:00Z");

    private final AccountService accounts;
    private final AccountLinkService links;

    AccountView(AccountService accounts, AccountLinkService links, List<AccountSection> sections) {
        this.accounts = accounts;
        this.links = links;
        addClassName("portal-page");
        AccountSummary me = accounts.currentAccount().orElseThrow();
        var layout = new VerticalLayout(new H1(getTranslation("account.title")));
        layout.setPadding(false);
        layout.setMaxWidth("40rem");
        layout.add(profile(me), email(), sectionLinks(me, sections));
        add(layout);
    }

    private VerticalLayout profile(AccountSummary me) {
        var name = new TextField(getTranslation("account.name"));
        name.setId("account-name");
        name.setValue(me.displayName());
        name.setWidthFull();
        Texts.content(name);
        UserTextFields.watch(name, UserText.Kind.LINE);
        var saveName = new Button(getTranslation("action.save"), click -> {
            name.setInvalid(false);
            try {
                accounts.rename(name.getValue());
                saved();
            } catch (DomainException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        saveName.setId("save-name");

        var language = new LanguageSelect(accounts, true);
        language.setLabel(getTranslation("language.choose"));
        language.setId("account-language");

        var zone = new ZoneField(getTranslation("alerts.time-zone"));
        Locale locale = getLocale();
        zone.setValue(me.timeZone().map(ZoneId::getId).orElse(null));
        zone.setHelperText(getTranslation("alerts.time-zone.help"));
        zone.setClearButtonVisible(true);
        zone.setWidthFull();
        zone.setId("account-time-zone");
        zone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                accounts.changeTimeZone(change.getValue() == null ? null : ZoneId.of(change.getValue()));
                saved();
            }
        });

        var region = new ComboBox<String>(getTranslation("account.region"));
        region.setItems((code, filter) -> Texts.matches(regionName(code, locale), code, filter),
                PersonLocale.regions().stream().sorted(Comparator.comparing(code -> regionName(code, locale))).toList());
        region.setItemLabelGenerator(code -> regionName(code, locale));
        region.setValue(me.region().orElse(null));
        region.setHelperText(getTranslation("account.region.help",
                DateTimeTexts.date(SAMPLE_DATE, locale), DateEntry.of(locale).format(SAMPLE_DATE),
                new DateTimeTexts(locale, ZoneOffset.UTC).time(SAMPLE_TIME)));
        region.setClearButtonVisible(true);
        region.setWidthFull();
        region.setId("account-region");
        region.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                accounts.changeRegion(change.getValue());
                // Every date and time on the page is drawn again in the new region's formats.
                UI.getCurrent().getPage().reload();
            }
        });
        var section = new VerticalLayout(new H2(getTranslation("account.profile")), name, saveName, language, region,
                zone);
        section.setPadding(false);
        return section;
    }

    private static String regionName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    private VerticalLayout email() {
        var current = new Paragraph(getTranslation("account.email.current") + " ");
        var address = Texts.content(new Span(accounts.currentEmail()));
        address.setId("account-email");
        current.add(address);
        var newEmail = new EmailField(getTranslation("account.email.new"));
        newEmail.setId("new-email");
        newEmail.setWidthFull();
        var password = new PasswordField(getTranslation("password.current"));
        password.setId("email-change-password");
        password.setWidthFull();
        var sent = new Paragraph(getTranslation("email-change.sent"));
        sent.setId("email-change-sent");
        sent.setVisible(false);
        var change = new Button(getTranslation("email-change.send"), click -> {
            newEmail.setInvalid(false);
            password.setInvalid(false);
            try {
                links.requestEmailChange(password.getValue(), newEmail.getValue());
                sent.setVisible(true);
                newEmail.clear();
                password.clear();
            } catch (DomainException refused) {
                var field = refused.messageKey().startsWith("password.") ? password : newEmail;
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                field.setInvalid(true);
            }
        });
        change.setId("request-email-change");
        var section = new VerticalLayout(new H2(getTranslation("account.email")), current,
                new Paragraph(getTranslation("email-change.lead")),
                new Paragraph(getTranslation("email-change.other-sessions")), newEmail, password, change, sent);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout sectionLinks(AccountSummary me, List<AccountSection> sections) {
        var list = new UnorderedList();
        list.setId("account-sections");
        sections.stream()
                .filter(section -> section.shownTo(me))
                .sorted(Comparator.comparingInt(AccountSection::order).thenComparing(AccountSection::route))
                .forEach(section -> {
                    var link = new Anchor(section.route(), getTranslation(section.titleKey()));
                    link.setId("section-" + section.route().replace('/', '-'));
                    list.add(new ListItem(link, new Paragraph(getTranslation(section.descriptionKey()))));
                });
        var section = new VerticalLayout(new H2(getTranslation("account.more")), list);
        section.setPadding(false);
        return section;
    }

    private void saved() {
        Notifications.success("account.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | " + getTranslation("app.name");
    }
}
