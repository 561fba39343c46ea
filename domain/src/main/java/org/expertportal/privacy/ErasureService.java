package org.expertportal.privacy;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.AccountReference;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.personaldata.ErasureStep;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Erasure: a signed-in client asks (with a reason if they wish), an administrator grants or
 * refuses. Granting anonymises the account and every request the client made and deletes their
 * case documents, in one transaction; the erasure request keeps who asked and when, as ids. The
 * client is told by email at each step; the last email goes to the address the account had before
 * it was erased (see docs/adr/025). Each feature that keeps the client's data erases its part as an
 * {@link ErasureStep}.
 */
@Named
@Transactional
public class ErasureService {

    /** Where the erasure emails lead: the public privacy notice (an erased person cannot sign in). */
    static final PortalLink NOTICE = PortalLink.to(PortalLink.Page.PRIVACY_NOTICE);
    static final PortalLink SECTION = PortalLink.to(PortalLink.Page.ACCOUNT_PRIVACY);

    private final ErasureRequestRepository erasures;
    private final AccountLookup accounts;
    private final List<ErasureStep> steps;
    private final CurrentUser currentUser;
    private final AlertPublisher alerts;
    private final DomainEvents events;
    private final Clock clock;

    public ErasureService(ErasureRequestRepository erasures, AccountLookup accounts, List<ErasureStep> steps,
            CurrentUser currentUser, AlertPublisher alerts, DomainEvents events, Clock clock) {
        this.erasures = erasures;
        this.accounts = accounts;
        this.steps = steps.stream().sorted(Comparator.comparingInt(ErasureStep::order)).toList();
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in client's latest erasure request, if any. */
    public Optional<MyErasure> myErasure() {
        Account me = clientMe();
        return erasures.findByAccountIdOrderByRequestedAtDescIdDesc(me.getId()).stream().findFirst()
                .map(e -> new MyErasure(e.getStatus(), e.getRequestedAt(), e.getDecidedAt()));
    }

    /** The signed-in client asks for erasure; one open request at a time. */
    public void requestErasure(String reason) {
        Account me = clientMe();
        if (reason != null && reason.strip().length() > ErasureRequest.MAX_REASON) {
            throw new DomainException("privacy.erasure.refused.reason-too-long", ErasureRequest.MAX_REASON);
        }
        UserText.requireClean(reason, UserText.Kind.TEXT);
        boolean open = erasures.findByAccountIdOrderByRequestedAtDescIdDesc(me.getId()).stream()
                .anyMatch(e -> e.getStatus() == ErasureStatus.PENDING);
        if (open) {
            throw new DomainException("privacy.erasure.refused.pending");
        }
        Instant now = clock.instant();
        ErasureRequest saved = erasures.save(new ErasureRequest(me.getId(), reason, now));
        alerts.publish(Alert.about(AlertType.ERASURE_REQUESTED, me.getId(), SECTION, now));
        events.publish(new PrivacyEvents.ErasureRequested(saved.getId(), me.getId(), now));
    }

    /** Erasure requests waiting for a decision, oldest first. Administrators only. */
    public List<PendingErasure> pending() {
        requireAdmin();
        return erasures.findByStatusOrderByRequestedAtAscIdAsc(ErasureStatus.PENDING).stream()
                .map(e -> {
                    Account account = accounts.findById(e.getAccountId()).orElseThrow();
                    return new PendingErasure(e.getId(), AccountReference.of(account.getId()),
                            account.getDisplayName(), account.getEmail(), e.getRequestedAt(), e.getReason());
                })
                .toList();
    }

    /**
     * Grants the erasure: the client's open requests are withdrawn, every request they made is
     * anonymised and its case documents deleted, the account is anonymised and disabled, and the
     * confirmation goes to the address it had.
     */
    public void approve(long erasureRequestId) {
        Account admin = requireAdmin();
        ErasureRequest erasure = pendingById(erasureRequestId);
        Account client = accounts.findById(erasure.getAccountId()).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        String lastAddress = client.getEmail();
        erasure.approve(admin.getId(), now);
        erasures.saveAndFlush(erasure);
        int anonymised = 0;
        for (ErasureStep step : steps) {
            anonymised += step.erase(client.getId(), admin.getId(), now);
        }
        alerts.publish(Alert.toLastAddress(AlertType.ERASURE_DONE, client.getId(), lastAddress, NOTICE, now));
        events.publish(new PrivacyEvents.ErasureApproved(erasure.getId(), client.getId(), admin.getId(), anonymised,
                now));
    }

    /** Refuses the erasure; the client is told and may ask again. */
    public void refuse(long erasureRequestId) {
        Account admin = requireAdmin();
        ErasureRequest erasure = pendingById(erasureRequestId);
        Instant now = clock.instant();
        erasure.refuse(admin.getId(), now);
        erasures.saveAndFlush(erasure);
        alerts.publish(Alert.about(AlertType.ERASURE_REFUSED, erasure.getAccountId(), SECTION, now));
        events.publish(new PrivacyEvents.ErasureRefused(erasure.getId(), erasure.getAccountId(), admin.getId(), now));
    }

    private ErasureRequest pendingById(long id) {
        ErasureRequest erasure = erasures.findById(id).orElseThrow(NotFoundException::new);
        if (erasure.getStatus() != ErasureStatus.PENDING) {
            throw new DomainException("privacy.erasure.refused.decided");
        }
        return erasure;
    }

    private Account clientMe() {
        Account me = accounts.findById(currentUser.requireAccountId())
                .filter(Account::isEnabled)
                .orElseThrow(NotPermittedException::new);
        if (me.getRole() != Role.CLIENT) {
            throw new NotPermittedException();
        }
        return me;
    }

    private Account requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return accounts.findById(currentUser.requireAccountId()).orElseThrow(NotPermittedException::new);
    }

    /** The client's own view of their latest erasure request. */
    public record MyErasure(ErasureStatus status, Instant requestedAt, Optional<Instant> decidedAt) {}

    /** What an administrator sees to decide. */
    public record PendingErasure(long id, String accountReference, String displayName, String email,
            Instant requestedAt, Optional<String> reason) {}
}
