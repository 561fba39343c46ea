package org.expertportal.request.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.expertportal.request.intake.PrivacyNotice;

/**
 * The privacy notice requesters consent to. Its version is recorded with each consent; a changed
 * text gets a new {@link PrivacyNotice#VERSION}.
 */
@Route("privacy")
@AnonymousAllowed
class PrivacyNoticeView extends Div implements HasDynamicTitle {

    private static final String[] SECTIONS = {"who", "what", "why", "who-sees", "how-long", "rights", "contact"};

    PrivacyNoticeView() {
        addClassName("portal-page");
        add(new H1(getTranslation("privacy.title")));
        var version = new Paragraph(getTranslation("privacy.version", PrivacyNotice.VERSION));
        version.setId("privacy-version");
        add(version);
        for (String section : SECTIONS) {
            add(new H2(getTranslation("privacy." + section + ".title")),
                    new Paragraph(getTranslation("privacy." + section + ".text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}
