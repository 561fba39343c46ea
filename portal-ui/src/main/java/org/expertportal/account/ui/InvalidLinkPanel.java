package org.expertportal.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.expertportal.account.AccountLinkService;

/**
 * What every expired, used, replaced or forged link shows: one page, the same for all, with the
 * way to ask for a new link right on it.
 */
class InvalidLinkPanel extends VerticalLayout {

    InvalidLinkPanel(AccountLinkService links) {
        setId("link-invalid");
        setPadding(false);
        setMaxWidth("32rem");
        add(new H1(getTranslation("link.invalid.title")), new Paragraph(getTranslation("link.invalid.text")),
                new H2(getTranslation("link.invalid.new-link")), new ResetRequestForm(links));
    }
}
