package org.expertportal.consultation;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.consultation.StaffConsultationViews.Line;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.AlertType;
import org.expertportal.request.RequestReference;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Staff and administrators with their own consultations: their availability, their list of
 * consultations, the outcome (held or no-show) and a video link typed for one booking. Each
 * person reaches only their own: another staff member's consultation answers "not found".
 */
@Named
@Transactional
public class StaffConsultationService {

    public static final int MAX_LINK = 500;

    private final StaffAvailabilityRepository availability;
    private final ConsultationRepository consultations;
    private final AccountLookup accounts;
    private final CurrentUser currentUser;
    private final ConsultationAlerts alerts;
    private final Clock clock;

    public StaffConsultationService(StaffAvailabilityRepository availability, ConsultationRepository consultations,
            AccountLookup accounts, CurrentUser currentUser, ConsultationAlerts alerts, Clock clock) {
        this.availability = availability;
        this.consultations = consultations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The signed-in staff member's settings, or the defaults in their zone when none are saved. */
    public AvailabilitySettings myAvailability() {
        Account me = me();
        return availability.findByStaffAccountId(me.getId()).map(StaffAvailability::settings)
                .orElseGet(() -> AvailabilitySettings.defaults(me.getTimeZone().orElse(ZoneId.of("Europe/London"))));
    }

    /** Saves the settings when every field is valid; otherwise nothing and the field errors. */
    public void saveAvailability(AvailabilitySettings settings) {
        Account me = me();
        Map<String, String> errors = validate(settings);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        // The lock bookings take: a booking in progress finishes with the old hours first.
        StaffAvailability mine = availability.lockByStaffAccountId(me.getId())
                .orElseGet(() -> availability.save(new StaffAvailability(me.getId(), settings.zone(), now)));
        mine.update(settings, now);
        availability.save(mine);
    }

    /** The staff member's consultations starting in [from, to), by start. */
    public List<Line> myConsultations(Instant from, Instant to) {
        Account me = me();
        Instant now = clock.instant();
        return consultations.findByStaffAccountIdAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAt(
                        me.getId(), from, to).stream()
                .map(c -> StaffConsultationChanges.line(c, me.getDisplayName(), me.getId(), now))
                .toList();
    }

    public void markHeld(long consultationId) {
        mine(consultationId).close(ConsultationStatus.HELD, clock.instant());
    }

    public void markNoShow(long consultationId) {
        mine(consultationId).close(ConsultationStatus.NO_SHOW, clock.instant());
    }

    /** A link for this booking (when the staff member has no standing one): both get a new invite. */
    public void useVideoLink(long consultationId, String link) {
        String checked = checkLink(link).orElseThrow(() -> new InvalidInputException(
                Map.of("videoLink", "consultation.invalid.link")));
        Consultation consultation = mine(consultationId);
        Instant now = clock.instant();
        consultation.useLink(checked, now);
        consultations.save(consultation);
        alerts.toAll(consultation, AlertType.CONSULTATION_CHANGED);
    }

    private Consultation mine(long consultationId) {
        Account me = me();
        return consultations.lockById(consultationId)
                .filter(c -> c.getStaffAccountId() == me.getId())
                .orElseThrow(NotFoundException::new);
    }

    private Account me() {
        if (!currentUser.hasRole(Role.STAFF) && !currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
        return accounts.findById(currentUser.requireAccountId()).filter(Account::isEnabled)
                .orElseThrow(NotPermittedException::new);
    }

    static Map<String, String> validate(AvailabilitySettings s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.zone() == null) {
            errors.put("zone", "consultation.invalid.required");
        }
        if (s.meetingMinutes() < 10 || s.meetingMinutes() > 240) {
            errors.put("meetingMinutes", "consultation.invalid.meeting");
        }
        if (s.bufferMinutes() < 0 || s.bufferMinutes() > 120) {
            errors.put("bufferMinutes", "consultation.invalid.buffer");
        }
        if (s.noticeMinutes() < 0 || s.noticeMinutes() > 14 * 24 * 60) {
            errors.put("noticeMinutes", "consultation.invalid.notice");
        }
        if (s.horizonDays() < 1 || s.horizonDays() > 180) {
            errors.put("horizonDays", "consultation.invalid.horizon");
        }
        if (s.videoLink().isPresent() && checkLink(s.videoLink().get()).isEmpty()) {
            errors.put("videoLink", "consultation.invalid.link");
        }
        boolean badHours = s.weekly().stream().anyMatch(h -> !endsAfter(h.start(), h.end()))
                || s.exceptions().stream().anyMatch(e -> !e.isDayOff() && !endsAfter(e.start(), e.end()));
        if (badHours) {
            errors.put("weekly", "consultation.invalid.hours");
        }
        if (s.accepting() && s.weekly().isEmpty() && s.exceptions().stream().allMatch(e -> e.isDayOff())) {
            errors.putIfAbsent("weekly", "consultation.invalid.no-hours");
        }
        return errors;
    }

    private static boolean endsAfter(LocalTime start, LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) || end.isAfter(start);
    }

    /** An https link (http only for localhost), without spaces: what goes into invites as the location. */
    static Optional<String> checkLink(String link) {
        if (link == null || link.isBlank() || link.strip().length() > MAX_LINK
                || !UserText.isClean(link, UserText.Kind.LINE)) {
            return Optional.empty();
        }
        String stripped = link.strip();
        try {
            URI uri = new URI(stripped);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https")
                    || (scheme.equals("http") && uri.getHost().equals("localhost")))) {
                return Optional.empty();
            }
            return Optional.of(stripped);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
