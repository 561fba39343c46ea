package org.expertportal.request.intake;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.RequestConfirmationLinks;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainException;

/**
 * Requests from the public form held for an existing account (docs/adr/033): the account's owner,
 * signed in, confirms one from the emailed link (it then joins their list and organisation and its
 * first-response clock starts) or declines it (it is erased); one never confirmed is erased when
 * it expires. Only the account the link was sent to can use it, once.
 */
@Named
@Transactional
public class HeldRequestService {

    /** What the confirmation page shows the account's owner: no more than the visitor was shown. */
    public record HeldForConfirmation(String reference, Instant submittedAt) {}

    private final HeldRequestRepository held;
    private final RequestConfirmationLinks confirmations;
    private final AccountLookup accounts;
    private final RequestIntakeService intake;
    private final Clock clock;

    public HeldRequestService(HeldRequestRepository held, RequestConfirmationLinks confirmations,
            AccountLookup accounts, RequestIntakeService intake, Clock clock) {
        this.held = held;
        this.confirmations = confirmations;
        this.accounts = accounts;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * The held request the link is for, if the signed-in account may confirm it with this link;
     * empty for an expired, used, forged or another account's link, all alike. Changes nothing:
     * mail scanners open links too.
     */
    public Optional<HeldForConfirmation> forConfirmation(String token) {
        return heldFor(token).map(found -> new HeldForConfirmation(found.getReference(), found.getSubmittedAt()));
    }

    /**
     * Confirms the held request: it becomes the signed-in client's request, in their organisation,
     * received now (its one-hour clock starts now), and the link stops working.
     *
     * @return the request's reference
     */
    public String confirm(String token) {
        HeldRequest found = heldFor(token).orElseThrow(() -> new DomainException("held-request.link-invalid"));
        Account account = accounts.findById(found.getAccountId().orElseThrow())
                .filter(Account::isEnabled)
                .filter(a -> a.getRole() == Role.CLIENT)
                .orElseThrow(() -> new DomainException("held-request.link-invalid"));
        RequestSubmission form = found.submission().orElseThrow(() -> new DomainException("held-request.link-invalid"));
        Instant now = clock.instant();
        confirmations.close(found.getAccountLinkId().orElseThrow());
        held.delete(found);
        intake.receive(found.getReference(), account, form, now);
        return found.getReference();
    }

    /** "This was not me": the held request is erased at once and the link stops working. */
    public void decline(String token) {
        HeldRequest found = heldFor(token).orElseThrow(() -> new DomainException("held-request.link-invalid"));
        erase(found);
    }

    /** Held requests past their time, oldest first, a batch at a time. */
    public List<Long> expired(Instant now) {
        return held.findTop500ByExpiresAtBeforeOrderByExpiresAtAsc(now).stream().map(HeldRequest::getId).toList();
    }

    /** Erases the held request if it has expired by {@code now}; whether it did. */
    public boolean eraseIfExpired(long id, Instant now) {
        Optional<HeldRequest> found = held.findById(id).filter(h -> !now.isBefore(h.getExpiresAt()));
        found.ifPresent(this::erase);
        return found.isPresent();
    }

    /** Every request held for the account; for the account's erasure. */
    int eraseAllOf(long accountId) {
        List<HeldRequest> all = held.findByAccountId(accountId);
        all.forEach(this::erase);
        return all.size();
    }

    private void erase(HeldRequest found) {
        found.getAccountLinkId().ifPresent(confirmations::close);
        held.delete(found);
    }

    private Optional<HeldRequest> heldFor(String token) {
        return confirmations.usableBySignedIn(token).flatMap(held::findByAccountLinkId);
    }
}
