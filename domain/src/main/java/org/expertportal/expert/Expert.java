package org.expertportal.expert;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.expertportal.account.EmailAddresses;
import org.expertportal.country.Country;
import org.expertportal.country.Theme;

/**
 * A person in the network who writes reports. Never deleted: an expert who leaves is deactivated,
 * so that requests and downloads that refer to them keep their meaning.
 */
@Entity
@Table(name = "expert")
public class Expert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The stable URL name: {@code /experts/<slug>}. */
    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 1000)
    private String bio;

    @Column(name = "years_of_experience", nullable = false)
    private int yearsOfExperience;

    @Column(name = "reports_written", nullable = false)
    private int reportsWritten;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_basis", nullable = false, length = 16)
    private FeeBasis feeBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Availability availability;

    @Column(name = "unavailable_until")
    private LocalDate unavailableUntil;

    @Column(nullable = false)
    private boolean active = true;

    /** Internal: staff and administrators only, never on a public page. */
    @Column(name = "conflict_notes", length = 4000)
    private String conflictNotes;

    /** Where consultation invites for this expert go, when staff invite them; never shown on the site. */
    @Column(name = "invite_email", length = 254)
    private String inviteEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "expert_country",
            joinColumns = @JoinColumn(name = "expert_id"),
            inverseJoinColumns = @JoinColumn(name = "iso_code"))
    private Set<Country> countries = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "expert_theme",
            joinColumns = @JoinColumn(name = "expert_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_key"))
    private Set<Theme> themes = new HashSet<>();

    /** ISO 639 language codes the expert writes and speaks in. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_language", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "language_code", nullable = false, length = 8)
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_cv_entry", joinColumns = @JoinColumn(name = "expert_id"))
    @OrderColumn(name = "position")
    private List<CvEntry> cvEntries = new ArrayList<>();

    protected Expert() {}

    Expert(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    /** Everything an administrator edits in one go; the draft has been validated. */
    void apply(ExpertDraft draft, String slug, List<Country> countries, List<Theme> themes) {
        this.slug = slug;
        this.name = draft.name().strip();
        this.title = draft.title().strip();
        this.bio = draft.bio().strip();
        this.yearsOfExperience = draft.yearsOfExperience();
        this.reportsWritten = draft.reportsWritten();
        this.feeBasis = draft.feeBasis();
        this.availability = draft.availability();
        this.unavailableUntil = draft.availability() == Availability.UNAVAILABLE ? draft.unavailableUntil() : null;
        this.conflictNotes = draft.conflictNotes() == null || draft.conflictNotes().isBlank()
                ? null
                : draft.conflictNotes().strip();
        this.inviteEmail = draft.inviteEmail() == null || draft.inviteEmail().isBlank()
                ? null
                : EmailAddresses.normalise(draft.inviteEmail());
        this.countries.clear();
        this.countries.addAll(countries);
        this.themes.clear();
        this.themes.addAll(themes);
        this.languages.clear();
        this.languages.addAll(draft.languageCodes());
        this.cvEntries.clear();
        draft.cv().forEach((section, lines) -> lines.stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(line -> cvEntries.add(new CvEntry(section, line))));
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getBio() {
        return bio;
    }

    public int getYearsOfExperience() {
        return yearsOfExperience;
    }

    public int getReportsWritten() {
        return reportsWritten;
    }

    public FeeBasis getFeeBasis() {
        return feeBasis;
    }

    public Availability getAvailability() {
        return availability;
    }

    public Optional<LocalDate> getUnavailableUntil() {
        return Optional.ofNullable(unavailableUntil);
    }

    public boolean isActive() {
        return active;
    }

    public Optional<String> getConflictNotes() {
        return Optional.ofNullable(conflictNotes);
    }

    /** Countries by slug, so that lists read the same every time. */
    public List<Country> getCountries() {
        return countries.stream().sorted(Comparator.comparing(Country::getSlug)).toList();
    }

    public List<Theme> getThemes() {
        return themes.stream().sorted(Comparator.comparingInt(Theme::getSortOrder)).toList();
    }

    public List<String> getLanguages() {
        return List.copyOf(new TreeSet<>(languages));
    }

    public List<CvEntry> getCvEntries() {
        return List.copyOf(cvEntries);
    }

    public Optional<String> getInviteEmail() {
        return Optional.ofNullable(inviteEmail);
    }

    public boolean covers(String isoCode) {
        return countries.stream().anyMatch(country -> country.getIsoCode().equals(isoCode));
    }
}
