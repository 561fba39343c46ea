package org.expertportal.country;

import jakarta.inject.Named;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;

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
        export.accountField("followedCountries", followers.findByKeyAccountId(export.clientAccountId()).stream()
                .map(CountryFollower::getIsoCode).sorted().toList());
    }
}
