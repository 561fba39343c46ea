package org.expertportal.request.intake;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.expertportal.account.Account;
import org.expertportal.account.AccountLookup;
import org.expertportal.account.AccountRoster;
import org.expertportal.account.ClientAccountOnboarding;
import org.expertportal.account.EmailAddresses;
import org.expertportal.account.RequestConfirmationLinks;
import org.expertportal.country.CoverageLookup;
import org.expertportal.country.Theme;
import org.expertportal.expert.Expert;
import org.expertportal.expert.ExpertLookup;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.Alert;
import org.expertportal.notification.AlertPublisher;
import org.expertportal.notification.AlertType;
import org.expertportal.notification.PortalLink;
import org.expertportal.request.ActorLabels;
import org.expertportal.request.ContactChannel;
import org.expertportal.request.ReportRequest;
import org.expertportal.request.ReportRequestRepository;
import org.expertportal.request.RequestEvent;
import org.expertportal.request.RequestEventRepository;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestQueries;
import org.expertportal.request.RequestReference;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.RequesterKind;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.shared.DomainException;
import org.expertportal.shared.Hashes;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.text.UserText;

/**
 * The public request form: anyone may submit, no sign-in. A refused form stores nothing. An
 * accepted one with a new email is stored with its reference, creates the client account, starts
 * the first-response clock and alerts the staff on duty. One with the email of an existing client
 * account is held (docs/adr/033) until that account's owner confirms it from an emailed link
 * ({@link HeldRequestService}), unless that client is signed in and so proved it is theirs; one with a staff or admin email joins nothing, and that address
 * is told. The answer, a reference and a time, is the same in every case.
 */
@Named
@Transactional
public class RequestIntakeService {

    public static final int MAX_NAME = 120;
    public static final int MAX_ORGANISATION = 200;
    public static final int MAX_SUMMARY = 2000;
    /** Accepted submissions per hour from one address, and for one email. */
    public static final int MAX_PER_HOUR = 5;
    /** Languages a requester may ask to be served in (BCP 47). */
    public static final Set<String> LANGUAGES = Set.of("en", "ru", "fr", "ar", "fa", "ps", "uk", "es", "tr", "ku",
            "ti", "so", "zh", "ur", "mn", "am", "ka", "hy", "az", "uz");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,32}");
    private static final Duration RATE_WINDOW = Duration.ofHours(1);
    /** How long the visitor may book the consultation from the confirmation page. */
    static final Duration PASS_LIFETIME = Duration.ofHours(2);
    /** How long a request from the form for an existing account waits for its confirmation. */
    public static final Duration HOLD = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReportRequestRepository requests;
    private final RequestEventRepository timeline;
    private final RequestQueries queries;
    private final IntakeAttemptRepository attempts;
    private final IntakePassRepository passes;
    private final HeldRequestRepository held;
    private final RequestConfirmationLinks confirmations;
    private final RequestNumbers numbers;
    private final ClientAccountOnboarding onboarding;
    private final AccountLookup accounts;
    private final AccountRoster roster;
    private final CoverageLookup coverage;
    private final ExpertLookup experts;
    private final AlertPublisher alerts;
    private final ResponsePolicy policy;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RequestIntakeService(ReportRequestRepository requests, RequestEventRepository timeline,
            RequestQueries queries, IntakeAttemptRepository attempts, IntakePassRepository passes,
            HeldRequestRepository held, RequestConfirmationLinks confirmations, RequestNumbers numbers,
            ClientAccountOnboarding onboarding, AccountLookup accounts, AccountRoster roster, CoverageLookup coverage,
            ExpertLookup experts, AlertPublisher alerts, ResponsePolicy policy, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.queries = queries;
        this.attempts = attempts;
        this.passes = passes;
        this.held = held;
        this.confirmations = confirmations;
        this.numbers = numbers;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.roster = roster;
        this.coverage = coverage;
        this.experts = experts;
        this.alerts = alerts;
        this.policy = policy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The choices the form offers; public, like the coverage itself. */
    public IntakeChoices choices() {
        return new IntakeChoices(
                coverage.allCountries().stream()
                        .map(country -> new IntakeChoices.CountryChoice(country.getIsoCode(), country.getSlug()))
                        .toList(),
                coverage.allThemes().stream().map(Theme::getKey).toList(),
                LANGUAGES.stream().sorted().toList());
    }

    /**
     * A short request (docs/adr/035): a sample, a CV or a consultation, with the same rules as the
     * full form (honeypot, hourly limit, held for an existing account, the one-hour clock) and the
     * same answer. The country is optional; an expert it names must be one the directory shows, and
     * is recorded on the request (docs/adr/039).
     */
    public SubmittedRequest submitShort(ShortRequest form, IntakeOrigin origin) {
        String language = LANGUAGES.contains(origin.language().getLanguage()) ? origin.language().getLanguage() : "en";
        if (form.website() != null && !form.website().isBlank()) {
            throw new DomainException("request.refused.not-sent");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        RequestKind kind = form.kind();
        if (kind == null || !kind.isShort()) {
            errors.put("kind", "request.invalid.required");
            // Everything else wrong is said at the same time, as for any short kind.
            kind = RequestKind.SAMPLE;
        }
        Optional<Long> expertId = Optional.empty();
        if (!blank(form.expertSlug())) {
            expertId = experts.findPublicBySlug(form.expertSlug().strip()).map(Expert::getId);
            if (expertId.isEmpty()) {
                errors.put("expertSlug", "request.invalid.expert");
            }
        }
        if (!errors.isEmpty()) {
            // A short request has no date, so the day the checks take is of no consequence.
            errors.putAll(validate(new ShortRequest(kind, form.name(), form.email(), form.countryCode(),
                    form.consent(), form.website()).toSubmission(language), LocalDate.MIN));
            throw new InvalidInputException(errors);
        }
        return submit(form.toSubmission(language, expertId.orElse(null)), origin);
    }

    public SubmittedRequest submit(RequestSubmission form, IntakeOrigin origin) {
        if (form.website() != null && !form.website().isBlank()) {
            throw new DomainException("request.refused.not-sent");
        }
        Instant now = clock.instant();
        Map<String, String> errors = validate(form, LocalDate.ofInstant(now, origin.zone()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String addressHash = Hashes.sha256Hex(origin.clientAddress());
        String emailHash = Hashes.sha256Hex(EmailAddresses.normalise(form.email()));
        if (queries.countIntakeSince(addressHash, emailHash, now.minus(RATE_WINDOW)) >= MAX_PER_HOUR) {
            throw new DomainException("request.refused.too-many");
        }
        attempts.save(new IntakeAttempt(addressHash, emailHash, now));

        var client = onboarding.ensureClientAccount(form.email(), form.name().strip(), origin.language(),
                origin.zone());
        Account account = accounts.findById(client.accountId()).orElseThrow();
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String reference = RequestNumbers.reference(year, numbers.next(year));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String pass = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String passHash = Hashes.sha256Hex(pass);
        if (client.created() || isSignedInAs(account)) {
            // A new address, or the signed-in client's own: nobody else can have typed it.
            ReportRequest request = receive(reference, account, form, now);
            passes.save(new IntakePass(request.getId(), passHash, now.plus(PASS_LIFETIME)));
        } else if (account.getRole() == Role.CLIENT) {
            // Anyone may type anyone's address: the request joins nothing until its owner confirms it.
            long link = confirmations.open(account.getId());
            held.save(HeldRequest.forClient(reference, account.getId(), link, form, passHash,
                    now.plus(PASS_LIFETIME), now, now.plus(HOLD)));
        } else {
            // Staff and admins never receive client requests: nothing of the form is kept, the address is told.
            alerts.publish(Alert.about(AlertType.FORM_USED_WITH_STAFF_ADDRESS, account.getId(),
                    PortalLink.to(PortalLink.Page.HOME), now));
            held.save(HeldRequest.discarded(reference, passHash, now.plus(PASS_LIFETIME), now, now.plus(HOLD)));
        }
        // The same answer in every case: the clock a new request would have.
        return new SubmittedRequest(reference, now, policy.dueAt(now), pass);
    }

    /** Whether the session (never the form) proves that {@code account} is the one asking. */
    private boolean isSignedInAs(Account account) {
        return account.getRole() == Role.CLIENT && currentUser.hasRole(Role.CLIENT)
                && currentUser.accountId().filter(id -> id.equals(account.getId())).isPresent();
    }

    /**
     * Stores the request for the client account under {@code reference}, received at {@code now}
     * (which starts its first-response clock), and alerts the client and the staff on duty.
     */
    ReportRequest receive(String reference, Account account, RequestSubmission form, Instant now) {
        ReportRequest request = requests.save(new ReportRequest(reference, account.getId(),
                account.getOrganisationId().orElse(null), form, PrivacyNotice.VERSION, now, policy));
        timeline.save(new RequestEvent(request.getId(), now, account.getId(), account.getRole(),
                ActorLabels.of(account), null, RequestStatus.SUBMITTED, null, null));

        PortalLink clientLink = PortalLink.clientRequest(reference);
        // The time an alert carries is the promised response time: the email says "by HH:MM".
        alerts.publish(new Alert(AlertType.REQUEST_RECEIVED, account.getId(), reference, clientLink,
                request.getFirstResponseDueAt()));
        for (long staff : roster.enabledIds(Role.STAFF)) {
            alerts.publish(new Alert(AlertType.REQUEST_SUBMITTED, staff, reference,
                    PortalLink.staffRequest(reference), request.getFirstResponseDueAt()));
        }
        return request;
    }

    /** Field name (a {@link RequestSubmission} component) to the translation key of its problem. */
    Map<String, String> validate(RequestSubmission form, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.requesterKind() == null) {
            errors.put("requesterKind", "request.invalid.required");
        }
        text(errors, "name", form.name(), true, MAX_NAME, UserText.Kind.LINE);
        boolean firm = form.requesterKind() == RequesterKind.LAW_FIRM;
        text(errors, "organisation", form.organisation(), firm, MAX_ORGANISATION, UserText.Kind.LINE);
        if (blank(form.email())) {
            errors.put("email", "request.invalid.required");
        } else if (!UserText.isClean(form.email(), UserText.Kind.LINE)) {
            UserText.check(errors, "email", form.email(), UserText.Kind.LINE);
        } else if (form.email().strip().length() > 254 || !EmailAddresses.isPlausible(form.email().strip())) {
            errors.put("email", "request.invalid.email");
        }
        phone(errors, "phone", form.phone());
        phone(errors, "whatsapp", form.whatsapp());
        // Every channel given is asked about: a missing answer is never read as "not safe" (docs/adr/037).
        if (form.safeByEmail() == null) {
            errors.put("safeByEmail", "request.invalid.safe-answer");
        }
        if (!blank(form.phone()) && form.safeByPhone() == null) {
            errors.put("safeByPhone", "request.invalid.safe-answer");
        }
        if (!blank(form.whatsapp()) && form.safeByWhatsapp() == null) {
            errors.put("safeByWhatsapp", "request.invalid.safe-answer");
        }
        if (form.preferredChannel() == null) {
            errors.put("preferredChannel", "request.invalid.required");
        } else if (form.preferredChannel() == ContactChannel.PHONE && blank(form.phone())) {
            errors.putIfAbsent("phone", "request.invalid.phone-for-channel");
        } else if (form.preferredChannel() == ContactChannel.WHATSAPP && blank(form.whatsapp())) {
            errors.putIfAbsent("whatsapp", "request.invalid.phone-for-channel");
        }
        if (blank(form.countryCode())) {
            // A case is about a country; a sample, a CV or a consultation may be asked for without one.
            if (!form.kind().isShort()) {
                errors.put("countryCode", "request.invalid.required");
            }
        } else if (coverage.country(form.countryCode()).isEmpty()) {
            errors.put("countryCode", "request.invalid.country");
        }
        if (!form.themeKeys().isEmpty() && coverage.themes(form.themeKeys()).size() != Set.copyOf(form.themeKeys()).size()) {
            errors.put("themeKeys", "request.invalid.theme");
        }
        if (form.caseStage() == null) {
            errors.put("caseStage", "request.invalid.required");
        }
        if (form.hearingDate() != null && form.hearingDate().isBefore(today)) {
            errors.put("hearingDate", "request.invalid.date-past");
        }
        if (blank(form.preferredLanguage())) {
            errors.put("preferredLanguage", "request.invalid.required");
        } else if (!LANGUAGES.contains(form.preferredLanguage())) {
            errors.put("preferredLanguage", "request.invalid.language");
        }
        text(errors, "summary", form.summary(), false, MAX_SUMMARY, UserText.Kind.TEXT);
        if (form.services().isEmpty()) {
            errors.put("services", "request.invalid.services");
        }
        if (!form.consent()) {
            errors.put("consent", "request.invalid.consent");
        }
        if (form.kind().isShort() && (form.hearingDate() != null || !blank(form.summary())
                || !form.themeKeys().isEmpty() || !form.services().equals(Set.of(form.kind().service())))) {
            // A short request carries no case: nothing of one may come in under its name.
            errors.put("kind", "request.invalid.short-with-case");
        }
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, boolean required, int max,
            UserText.Kind kind) {
        if (blank(value)) {
            if (required) {
                errors.put(field, "request.invalid.required");
            }
        } else if (value.strip().length() > max) {
            errors.put(field, "request.invalid.too-long");
        } else {
            UserText.check(errors, field, value, kind);
        }
    }

    private static void phone(Map<String, String> errors, String field, String value) {
        if (!UserText.isClean(value, UserText.Kind.LINE)) {
            UserText.check(errors, field, value, UserText.Kind.LINE);
        } else if (!blank(value)) {
            String stripped = value.strip();
            long digits = stripped.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(stripped).matches() || digits < 6 || digits > 15) {
                errors.put(field, "request.invalid.phone");
            }
        }
    }

    /** Nothing visible: spaces of any kind, also the no-break ones, count as nothing. */
    private static boolean blank(String value) {
        return UserText.isBlank(value);
    }
}
