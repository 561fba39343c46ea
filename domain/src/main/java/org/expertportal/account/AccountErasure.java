package org.expertportal.account;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.NotFoundException;

/**
 * The account half of an erasure, for the privacy use cases that decided it (they check who may
 * ask): the account is anonymised in place, its links forget the addresses they held, and the rest
 * of the portal is told ({@link AccountDisabled} ends sessions, {@link AccountErased} lets other
 * features drop what they keep about the person, such as two-factor secrets).
 */
@Named
@Transactional(Transactional.TxType.MANDATORY)
public class AccountErasure {

    /** Shown wherever the erased person's name used to be; the same in every language on purpose. */
    public static final String ERASED_NAME = "Erased user";

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final DomainEvents events;
    private final Clock clock;

    public AccountErasure(AccountRepository accounts, AccountLinkRepository links, DomainEvents events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    public void erase(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        account.erase(ERASED_NAME);
        accounts.save(account);
        for (AccountLink link : links.findByAccountId(accountId)) {
            link.erase(now);
            links.save(link);
        }
        events.publish(new AccountDisabled(accountId));
        events.publish(new AccountErased(accountId, now));
    }
}
