package org.expertportal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** How to reach staff: email, WhatsApp and phone, each a link that opens the right app. */
public class ContactDetails extends UnorderedList {

    public ContactDetails(ContactChannels contact) {
        var email = new Anchor("mailto:" + contact.email(), contact.email());
        var whatsapp = new Anchor("https://wa.me/" + contact.whatsappDigits(), contact.whatsapp());
        whatsapp.setTarget("_blank");
        var phone = new Anchor(contact.phoneLink(), contact.phone());
        add(new ListItem(new Span(getTranslation("contact.email") + ": "), email),
                new ListItem(new Span(getTranslation("contact.whatsapp") + ": "), whatsapp),
                new ListItem(new Span(getTranslation("contact.phone") + ": "), phone));
        addClassName("portal-contact");
    }
}
