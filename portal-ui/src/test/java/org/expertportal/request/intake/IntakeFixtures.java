package org.expertportal.request.intake;

import java.time.Clock;
import java.time.ZoneOffset;
import org.expertportal.account.Account;
import org.expertportal.account.AccountRepository;
import org.expertportal.account.EmailAddresses;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For tests that need a client with several requests: since #14 a second request from the public
 * form is held until the account's owner confirms it from a mail (ADR 033, tested in
 * {@code HeldRequestIT}). This gives the state after that confirmation directly: a request of the
 * existing account, received now, alerts included.
 */
public final class IntakeFixtures {

    private IntakeFixtures() {}

    /** A further request of the existing client account of {@code email}, as confirmed; its reference. */
    public static String confirmedRequest(ApplicationContext context, String email, RequestSubmission form) {
        var intake = context.getBean(RequestIntakeService.class);
        var numbers = context.getBean(RequestNumbers.class);
        var accounts = context.getBean(AccountRepository.class);
        var clock = context.getBean(Clock.class);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            Account account = accounts.findByEmail(EmailAddresses.normalise(email)).orElseThrow();
            int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
            String reference = RequestNumbers.reference(year, numbers.next(year));
            intake.receive(reference, account, form, clock.instant());
            return reference;
        });
    }
}
