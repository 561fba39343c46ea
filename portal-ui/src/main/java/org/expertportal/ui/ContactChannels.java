package org.expertportal.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How clients reach staff, from configuration ({@code PORTAL_CONTACT_*}). */
@ConfigurationProperties("portal.contact")
public record ContactChannels(String email, String phone, String whatsapp) {

    /** The number as wa.me expects it: digits only. */
    public String whatsappDigits() {
        return whatsapp == null ? "" : whatsapp.replaceAll("\\D", "");
    }

    public String phoneLink() {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^+\\d]", "");
    }
}
