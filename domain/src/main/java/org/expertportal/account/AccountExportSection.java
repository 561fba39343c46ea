package org.expertportal.account;

import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Locale;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;

/** The account's own fields, first in {@code account.json} of the client's data export. */
@Named
class AccountExportSection implements ExportSection {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;

    AccountExportSection(AccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void addTo(DataExport export) {
        Account me = accounts.findById(export.clientAccountId()).orElseThrow();
        export.accountField("reference", AccountReference.of(me.getId()));
        export.accountField("email", me.getEmail());
        export.accountField("name", me.getDisplayName());
        export.accountField("role", me.getRole());
        export.accountField("createdAt", me.getCreatedAt());
        export.accountField("preferredLanguage", me.getPreferredLanguage().map(Locale::toLanguageTag));
        export.accountField("timeZone", me.getTimeZone().map(ZoneId::getId));
        export.accountField("region", me.getRegion());
        export.accountField("organisation",
                me.getOrganisationId().flatMap(organisations::findById).map(Organisation::getName));
        export.accountField("organisationAdmin", me.isOrganisationAdmin());
    }
}
