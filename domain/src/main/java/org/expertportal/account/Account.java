package org.expertportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.expertportal.identity.Role;

/** A person who can sign in. The email address is the sign-in name and is stored lower-case. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** Null until the person has chosen a password (an invited account). */
    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    /** A BCP 47 language tag, or null to follow the browser. */
    @Column(name = "preferred_language", length = 16)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** An ISO 3166 region whose date and time formats the person reads, or null to follow the browser. */
    @Column(name = "region", length = 2)
    private String region;

    /** An IANA time zone id, or null for the portal's default zone. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    /** The organisation a client belongs to, or null. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_admin", nullable = false)
    private boolean organisationAdmin;

    protected Account() {}

    public Account(String email, String displayName, Role role, Instant createdAt) {
        this.email = EmailAddresses.normalise(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<Locale> getPreferredLanguage() {
        return Optional.ofNullable(preferredLanguage).map(Locale::forLanguageTag);
    }

    public Optional<String> getRegion() {
        return Optional.ofNullable(region);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<ZoneId> getTimeZone() {
        return Optional.ofNullable(timeZone).map(ZoneId::of);
    }

    void changeEmail(String newEmail) {
        this.email = EmailAddresses.normalise(newEmail);
    }

    void rename(String newName) {
        this.displayName = Objects.requireNonNull(newName).strip();
    }

    void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
        if (newRole != Role.CLIENT) {
            leaveOrganisation();
        }
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    void setRegion(String region) {
        this.region = region;
    }

    void setPassword(String newHash, boolean mustChangeAtNextSignIn) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = mustChangeAtNextSignIn;
    }

    void setPreferredLanguage(Locale locale) {
        this.preferredLanguage = locale == null ? null : locale.toLanguageTag();
    }

    public Optional<Long> getOrganisationId() {
        return Optional.ofNullable(organisationId);
    }

    public boolean isOrganisationAdmin() {
        return organisationAdmin;
    }

    void joinOrganisation(Organisation organisation, boolean asAdmin) {
        if (role != Role.CLIENT) {
            throw new IllegalStateException("only clients belong to organisations");
        }
        this.organisationId = Objects.requireNonNull(organisation.getId());
        this.organisationAdmin = asAdmin;
    }

    void leaveOrganisation() {
        this.organisationId = null;
        this.organisationAdmin = false;
    }

    /**
     * Anonymises the account for good (a granted erasure request): a neutral name, an address that
     * cannot receive mail, no password, no organisation, no time zone, disabled. The id stays, so
     * that what is kept (who asked for erasure and when) still points at a row.
     */
    void erase(String neutralName) {
        this.email = "erased-" + id + "@erased.invalid";
        this.displayName = Objects.requireNonNull(neutralName);
        this.passwordHash = null;
        this.mustChangePassword = false;
        this.enabled = false;
        this.timeZone = null;
        this.region = null;
        leaveOrganisation();
    }

    public boolean isErased() {
        return email.endsWith("@erased.invalid") && !enabled;
    }
}
