package org.expertportal.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.intake.RequestSubmission;
import org.expertportal.shared.DomainException;

/**
 * A request for a report (or a sample, a CV, a consultation). Free text is stored exactly as typed
 * and is only ever shown as text. Changes go through {@link #moveTo}, which enforces the
 * transitions of {@link RequestStatus}; the version column makes a concurrent change fail instead
 * of overwriting.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "client_account_id", nullable = false)
    private long clientAccountId;

    /** The client's organisation when the request was made: its members see the request. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "requester_kind", nullable = false, length = 16)
    private RequesterKind requesterKind;

    /** A case, or a short request for a sample, a CV or a consultation (docs/adr/035). */
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RequestKind kind = RequestKind.CASE;

    @Column(name = "requester_name", nullable = false, length = 120)
    private String requesterName;

    @Column(name = "requester_organisation", length = 200)
    private String requesterOrganisation;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(length = 32)
    private String whatsapp;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", nullable = false, length = 16)
    private ContactChannel preferredChannel;

    /** The client's answer; {@code null}: not asked (docs/adr/037). */
    @Column(name = "safe_by_email")
    private Boolean safeByEmail;

    /** The client's answer; {@code null}: not asked (docs/adr/037). */
    @Column(name = "safe_by_phone")
    private Boolean safeByPhone;

    /** The client's answer; {@code null}: not asked (docs/adr/037). */
    @Column(name = "safe_by_whatsapp")
    private Boolean safeByWhatsapp;

    /** Null for a short request that names no country (docs/adr/039); a case always has one. */
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_request_theme", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "theme_key", length = 40)
    private Set<String> themeKeys = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_request_service", joinColumns = @JoinColumn(name = "request_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 24)
    private Set<RequestedService> services = EnumSet.noneOf(RequestedService.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "case_stage", nullable = false, length = 24)
    private CaseStage caseStage;

    @Column(name = "hearing_date")
    private LocalDate hearingDate;

    /** The client's own file number, "your reference" (optional, one line, {@link #MAX_CLIENT_REFERENCE}). */
    @Column(name = "client_reference", length = 40)
    private String clientReference;

    @Column(name = "legal_aid", nullable = false)
    private boolean legalAid;

    @Column(name = "preferred_language", nullable = false, length = 16)
    private String preferredLanguage;

    @Column(length = 2000)
    private String summary;

    @Column(name = "consent_version", nullable = false, length = 32)
    private String consentVersion;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 32)
    private ClosingReason closingReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "first_response_due_at", nullable = false)
    private Instant firstResponseDueAt;

    @Column(name = "response_warning_at", nullable = false)
    private Instant responseWarningAt;

    @Column(name = "response_escalation_at", nullable = false)
    private Instant responseEscalationAt;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    /** Minutes from receipt to the first response the client could see. */
    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "assigned_staff_id")
    private Long assignedStaffId;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /**
     * The queue position (docs/adr/022): computed by the database from the status, the clock and
     * the hearing date, read only by queue queries, never written from here.
     */
    @Column(name = "queue_bucket", insertable = false, updatable = false)
    private Byte queueBucket;

    @Column(name = "queue_key", insertable = false, updatable = false)
    private Instant queueKey;

    /** The expert proposed for, or assigned to, the request. */
    @Column(name = "expert_id")
    private Long expertId;

    /**
     * The expert a short request asks about ("Ask for this expert's CV", docs/adr/039), not the one
     * proposed or assigned ({@link #expertId}); null when it names none or the expert was removed.
     */
    @Column(name = "requested_expert_id")
    private Long requestedExpertId;

    @Enumerated(EnumType.STRING)
    @Column(name = "expert_state", length = 16)
    private ExpertState expertState;

    /** When the personal data was removed (erasure or retention); null while the request holds it. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** When the client was told the request will be anonymised; the warning goes out once. */
    @Column(name = "retention_warned_at")
    private Instant retentionWarnedAt;

    protected ReportRequest() {}

    public ReportRequest(String reference, long clientAccountId, Long organisationId, RequestSubmission form,
            String consentVersion, Instant receivedAt, ResponsePolicy policy) {
        this.reference = Objects.requireNonNull(reference);
        this.clientAccountId = clientAccountId;
        this.organisationId = organisationId;
        this.requesterKind = form.requesterKind();
        this.kind = form.kind();
        this.requesterName = form.name().strip();
        this.requesterOrganisation = blankToNull(form.organisation());
        this.email = form.email().strip().toLowerCase(Locale.ROOT);
        this.phone = blankToNull(form.phone());
        this.whatsapp = blankToNull(form.whatsapp());
        this.preferredChannel = form.preferredChannel();
        this.safeByEmail = form.safeByEmail();
        // An answer about a channel the client did not give is no answer.
        this.safeByPhone = phone == null ? null : form.safeByPhone();
        this.safeByWhatsapp = whatsapp == null ? null : form.safeByWhatsapp();
        this.countryCode = blankToNull(form.countryCode());
        // Only a short request asks about one expert; a case gets its expert from the staff.
        this.requestedExpertId = kind.isShort() ? form.requestedExpertId() : null;
        this.themeKeys = new LinkedHashSet<>(form.themeKeys());
        this.services = form.services().isEmpty() ? EnumSet.noneOf(RequestedService.class) : EnumSet.copyOf(form.services());
        this.caseStage = form.caseStage();
        this.hearingDate = form.hearingDate();
        this.legalAid = form.legalAid();
        this.preferredLanguage = form.preferredLanguage();
        this.summary = blankToNull(form.summary());
        this.consentVersion = consentVersion;
        this.consentAt = receivedAt;
        this.status = RequestStatus.SUBMITTED;
        this.receivedAt = receivedAt;
        this.firstResponseDueAt = policy.dueAt(receivedAt);
        this.responseWarningAt = policy.warnAt(receivedAt);
        this.responseEscalationAt = policy.escalateAt(receivedAt);
        this.lastActivityAt = receivedAt;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Moves to {@code target}, refusing a transition the lifecycle does not allow or a reason that
     * does not fit. Returns the status it came from.
     */
    public RequestStatus moveTo(RequestStatus target, ClosingReason reason, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("request.refused.transition");
        }
        if (target.needsReason() && (reason == null || !reason.fits(target))) {
            throw new DomainException("request.refused.reason-needed");
        }
        RequestStatus from = status;
        status = target;
        closingReason = target.needsReason() ? reason : null;
        touch(at);
        return from;
    }

    /** Records the first response the client can see; later ones change nothing. */
    public void respondedAt(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
            firstResponseMinutes = (int) Duration.between(receivedAt, at).toMinutes();
        }
    }

    public Optional<String> getClientReference() {
        return Optional.ofNullable(clientReference);
    }

    /** Sets or clears the client's own reference, already checked ({@link RequestTexts#clientReference}). */
    public void setClientReference(String clientReference) {
        this.clientReference = clientReference;
    }

    public void touch(Instant at) {
        lastActivityAt = at;
    }

    public void assignTo(Long staffAccountId) {
        assignedStaffId = staffAccountId;
    }

    /** Names the expert staff have in mind (proposed) or who took the case (assigned). */
    public void expert(long id, ExpertState state) {
        expertId = id;
        expertState = Objects.requireNonNull(state);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getReference() { return reference; }
    public long getClientAccountId() { return clientAccountId; }
    public Optional<Long> getOrganisationId() { return Optional.ofNullable(organisationId); }
    public RequesterKind getRequesterKind() { return requesterKind; }
    public RequestKind getKind() { return kind; }
    public String getRequesterName() { return requesterName; }
    public Optional<String> getRequesterOrganisation() { return Optional.ofNullable(requesterOrganisation); }
    public String getEmail() { return email; }
    public Optional<String> getPhone() { return Optional.ofNullable(phone); }
    public Optional<String> getWhatsapp() { return Optional.ofNullable(whatsapp); }
    public ContactChannel getPreferredChannel() { return preferredChannel; }
    public ChannelSafety getSafetyByEmail() { return ChannelSafety.of(safeByEmail); }
    public ChannelSafety getSafetyByPhone() { return ChannelSafety.of(safeByPhone); }
    public ChannelSafety getSafetyByWhatsapp() { return ChannelSafety.of(safeByWhatsapp); }
    /** The country of the case; null for a short request that names none. */
    public String getCountryCode() { return countryCode; }
    public Optional<Long> getRequestedExpertId() { return Optional.ofNullable(requestedExpertId); }
    public List<String> getThemeKeys() { return List.copyOf(themeKeys); }
    public Set<RequestedService> getServices() { return services.isEmpty() ? EnumSet.noneOf(RequestedService.class) : EnumSet.copyOf(services); }
    public CaseStage getCaseStage() { return caseStage; }
    public Optional<LocalDate> getHearingDate() { return Optional.ofNullable(hearingDate); }
    public boolean isLegalAid() { return legalAid; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public Optional<String> getSummary() { return Optional.ofNullable(summary); }
    public String getConsentVersion() { return consentVersion; }
    public Instant getConsentAt() { return consentAt; }
    public RequestStatus getStatus() { return status; }
    public Optional<ClosingReason> getClosingReason() { return Optional.ofNullable(closingReason); }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getFirstResponseDueAt() { return firstResponseDueAt; }
    public Instant getResponseWarningAt() { return responseWarningAt; }
    public Instant getResponseEscalationAt() { return responseEscalationAt; }
    public Optional<Instant> getFirstRespondedAt() { return Optional.ofNullable(firstRespondedAt); }
    public Optional<Integer> getFirstResponseMinutes() { return Optional.ofNullable(firstResponseMinutes); }
    public Optional<Long> getAssignedStaffId() { return Optional.ofNullable(assignedStaffId); }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Optional<Long> getExpertId() { return Optional.ofNullable(expertId); }
    public Optional<ExpertState> getExpertState() { return Optional.ofNullable(expertState); }

    public Optional<Instant> getAnonymisedAt() { return Optional.ofNullable(anonymisedAt); }
    public Optional<Instant> getRetentionWarnedAt() { return Optional.ofNullable(retentionWarnedAt); }

    /**
     * Removes the requester's personal data: names, contact details and channels, the summary and
     * the hearing date (which, with the country, can single out a case). What stays is what the
     * service needs to count and to prove: reference, country, themes, services, stage, status,
     * times, and consent as version and time only.
     */
    void anonymise(String neutralName, Instant at) {
        requesterName = Objects.requireNonNull(neutralName);
        requesterOrganisation = null;
        email = ERASED_EMAIL;
        phone = null;
        whatsapp = null;
        safeByEmail = null;
        safeByPhone = null;
        safeByWhatsapp = null;
        summary = null;
        hearingDate = null;
        if (anonymisedAt == null) {
            anonymisedAt = at;
        }
    }

    void retentionWarned(Instant at) {
        if (retentionWarnedAt == null) {
            retentionWarnedAt = at;
        }
    }

    /** What an anonymised request keeps in its (mandatory) email column. */
    public static final String ERASED_EMAIL = "erased@erased.invalid";

    /** Whether the client, or a member of the same organisation, may see this request. */
    public boolean visibleTo(long accountId, Optional<Long> accountOrganisation) {
        return clientAccountId == accountId
                || (organisationId != null && accountOrganisation.filter(organisationId::equals).isPresent());
    }
}
