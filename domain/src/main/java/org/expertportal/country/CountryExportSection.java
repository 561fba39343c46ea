package org.expertportal.country;

import jakarta.inject.Named;
import org.expertportal.privacy.DataExport;
import org.expertportal.privacy.ExportSection;

/** The countries the client follows, in {@code account.json} after the account's own fields. */
@Named
class CountryExportSection implements ExportSection {

    private final CountryFollowerRepository followers;

    CountryExportSection(CountryFollowerRepository followers) {
        this.followers = followers;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void addTo(DataExport export) {
        export.accountField("followedCountries", followers.findByKeyAccountId(export.client().getId()).stream()
                .map(CountryFollower::getIsoCode).sorted().toList());
    }
}
