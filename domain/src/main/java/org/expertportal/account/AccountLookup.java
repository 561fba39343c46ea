package org.expertportal.account;

import jakarta.inject.Named;
import java.util.Optional;

/**
 * Accounts and organisations by id, for the use cases of other features (requests, consultations,
 * countries, privacy) that need a person's name, role or organisation. It checks nothing: the
 * calling use case has already checked who may do what. Views ask {@link AccountService} instead.
 * The account tables stay private to this feature; this is their one door for other features.
 */
@Named
public class AccountLookup {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;

    public AccountLookup(AccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    public Optional<Account> findById(Long accountId) {
        return accounts.findById(accountId);
    }

    public Optional<Organisation> findOrganisation(Long organisationId) {
        return organisations.findById(organisationId);
    }
}
