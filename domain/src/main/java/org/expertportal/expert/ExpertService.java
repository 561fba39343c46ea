package org.expertportal.expert;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.expertportal.account.EmailAddresses;
import org.expertportal.audit.AuditAction;
import org.expertportal.audit.AuditTarget;
import org.expertportal.audit.AuditTrail;
import org.expertportal.country.Country;
import org.expertportal.country.CoverageLookup;
import org.expertportal.country.Theme;
import org.expertportal.document.Document;
import org.expertportal.document.DocumentPurpose;
import org.expertportal.document.DocumentService;
import org.expertportal.document.DocumentSink;
import org.expertportal.document.DocumentTransferException;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.shared.DomainEvents;
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Use cases on experts. Reading public profiles is open to everyone and shows active experts
 * only; downloading a PDF CV needs a signed-in account and is recorded; internal notes are for
 * staff and administrators; creating, changing, deactivating experts and uploading CVs is for
 * administrators. There is no way to delete an expert.
 */
@Named
@Transactional
public class ExpertService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());
    private static final int MAX_CV_LINES = 60;

    private final ExpertRepository experts;
    private final ExpertCvVersionRepository cvVersions;
    private final CoverageLookup coverage;
    private final DocumentService documentService;
    private final CurrentUser currentUser;
    private final DomainEvents events;
    private final AuditTrail audit;
    private final Clock clock;

    public ExpertService(ExpertRepository experts, ExpertCvVersionRepository cvVersions, CoverageLookup coverage,
            DocumentService documentService, CurrentUser currentUser, DomainEvents events, AuditTrail audit,
            Clock clock) {
        this.experts = experts;
        this.cvVersions = cvVersions;
        this.coverage = coverage;
        this.documentService = documentService;
        this.currentUser = currentUser;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- public ------------------------------------------------------------------------------

    /** The public directory: active experts matching the filter, by name. Anyone. */
    public List<ExpertCard> publicExperts(ExpertFilter filter) {
        ExpertFilter applied = filter == null ? ExpertFilter.NONE : filter;
        return experts.findByActiveTrueOrderByNameAsc().stream()
                .filter(applied::accepts)
                .map(ExpertCard::of)
                .toList();
    }

    /** Active experts who cover a country (ISO 3166 code, e.g. {@code MN}), by name. Anyone. */
    public List<ExpertCard> publicExpertsForCountry(String isoCode) {
        return publicExperts(new ExpertFilter(null, isoCode, null, null));
    }

    /** An active expert's full public profile, or empty (unknown and inactive look the same). */
    public Optional<ExpertProfile> publicProfile(String slug) {
        return experts.findBySlug(slug)
                .filter(Expert::isActive)
                .map(expert -> ExpertProfile.of(expert, currentCvVersion(expert)));
    }

    /** The values worth offering in the directory's filters: only those some active expert has. */
    public ExpertChoices filterChoices() {
        List<Expert> active = experts.findByActiveTrueOrderByNameAsc();
        List<Country> countries = active.stream().flatMap(expert -> expert.getCountries().stream()).distinct().toList();
        return new ExpertChoices(
                countries.stream()
                        .map(Country::getRegion)
                        .distinct()
                        .sorted(Comparator.comparingInt(region -> region.getSortOrder()))
                        .map(region -> region.getKey())
                        .toList(),
                countries.stream().map(Country::getIsoCode).sorted().toList(),
                active.stream()
                        .flatMap(expert -> expert.getThemes().stream())
                        .distinct()
                        .sorted(Comparator.comparingInt(Theme::getSortOrder))
                        .map(Theme::getKey)
                        .toList(),
                List.copyOf(active.stream()
                        .flatMap(expert -> expert.getLanguages().stream())
                        .collect(Collectors.toCollection(TreeSet::new))));
    }

    // ---- signed in ---------------------------------------------------------------------------

    /**
     * Sends the current PDF CV of an active expert to a signed-in person and records the download
     * (who, when, which version). Staff and administrators may also download inactive experts' CVs.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void downloadCv(String slug, DocumentSink sink) {
        currentUser.requireAccountId();
        Expert expert = experts.findBySlug(slug)
                .filter(found -> found.isActive() || isStaffOrAdmin())
                .orElseThrow(NotFoundException::new);
        ExpertCvVersion version = cvVersions.findFirstByExpertIdOrderByVersionNumberDesc(expert.getId())
                .orElseThrow(NotFoundException::new);
        documentService.deliver(version.getDocument(), DocumentPurpose.EXPERT_CV, sink);
    }

    /** The internal conflict-of-interest notes. Staff and administrators only. */
    public Optional<String> conflictNotes(String slug) {
        if (!isStaffOrAdmin()) {
            throw new NotPermittedException();
        }
        return experts.findBySlug(slug).orElseThrow(NotFoundException::new).getConflictNotes();
    }

    // ---- administrators ----------------------------------------------------------------------

    /** Every expert, active or not, by name. Administrators only. */
    public List<ExpertCard> allExperts() {
        requireAdmin();
        return experts.findAllByOrderByNameAsc().stream().map(ExpertCard::of).toList();
    }

    /** Every country and theme an expert can be linked to, and the known languages. */
    public ExpertChoices editorChoices() {
        requireAdmin();
        List<Country> countries = coverage.allCountries();
        return new ExpertChoices(
                countries.stream().map(country -> country.getRegion().getKey()).distinct().toList(),
                countries.stream().map(Country::getIsoCode).toList(),
                coverage.allThemes().stream().map(Theme::getKey).toList(),
                Arrays.stream(Locale.getISOLanguages()).sorted().toList());
    }

    /** The draft to edit an existing expert with. Administrators only. */
    public ExpertDraft draftOf(long expertId) {
        requireAdmin();
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        Map<CvSection, List<String>> cv = new LinkedHashMap<>();
        for (CvSection section : CvSection.values()) {
            cv.put(section, expert.getCvEntries().stream()
                    .filter(entry -> entry.getSection() == section)
                    .map(CvEntry::getText)
                    .toList());
        }
        return new ExpertDraft(expert.getName(), expert.getSlug(), expert.getTitle(), expert.getBio(),
                expert.getYearsOfExperience(), expert.getReportsWritten(), expert.getFeeBasis(),
                expert.getAvailability(), expert.getUnavailableUntil().orElse(null),
                expert.getCountries().stream().map(Country::getIsoCode).collect(Collectors.toSet()),
                expert.getThemes().stream().map(Theme::getKey).collect(Collectors.toSet()),
                Set.copyOf(expert.getLanguages()), expert.getConflictNotes().orElse(""), cv,
                expert.getInviteEmail().orElse(""));
    }

    /** Adds an expert (active). Administrators only. @return the new expert's id */
    public long create(ExpertDraft draft) {
        requireAdmin();
        String slug = validate(draft, null);
        Expert expert = new Expert(slug, clock.instant());
        expert.apply(draft, slug, countriesOf(draft.countryIsoCodes()),
                themesOf(draft.themeKeys()));
        long id = experts.save(expert).getId();
        events.publish(new ExpertDirectoryChanged(id));
        audit.record(AuditAction.EXPERT_CREATED, AuditTarget.EXPERT, String.valueOf(id), null);
        return id;
    }

    /** Changes an expert. Administrators only. */
    public void update(long expertId, ExpertDraft draft) {
        requireAdmin();
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        String slug = validate(draft, expert);
        expert.apply(draft, slug, countriesOf(draft.countryIsoCodes()),
                themesOf(draft.themeKeys()));
        experts.save(expert);
        events.publish(new ExpertDirectoryChanged(expertId));
        audit.record(AuditAction.EXPERT_UPDATED, AuditTarget.EXPERT, String.valueOf(expertId), null);
    }

    /** Takes an expert out of the public directory; nothing is deleted. Administrators only. */
    public void deactivate(long expertId) {
        requireAdmin();
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        expert.deactivate();
        experts.save(expert);
        events.publish(new ExpertDirectoryChanged(expertId));
        audit.record(AuditAction.EXPERT_DEACTIVATED, AuditTarget.EXPERT, String.valueOf(expertId), null);
    }

    public void reactivate(long expertId) {
        requireAdmin();
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        expert.reactivate();
        experts.save(expert);
        events.publish(new ExpertDirectoryChanged(expertId));
        audit.record(AuditAction.EXPERT_REACTIVATED, AuditTarget.EXPERT, String.valueOf(expertId), null);
    }

    /**
     * Adds a new PDF CV version; earlier versions are kept. Administrators only. A refused file
     * (name, size, type) leaves no file and no row.
     *
     * @return the new version's number
     */
    public int uploadCvVersion(long expertId, String fileName, InputStream content) {
        requireAdmin();
        Expert expert = experts.findById(expertId).orElseThrow(NotFoundException::new);
        int next = cvVersions.findFirstByExpertIdOrderByVersionNumberDesc(expertId)
                .map(version -> version.getVersionNumber() + 1)
                .orElse(1);
        Document document = documentService.receive(fileName, content, DocumentPurpose.EXPERT_CV);
        try {
            cvVersions.save(new ExpertCvVersion(expert, next, document));
            audit.record(AuditAction.EXPERT_CV_UPLOADED, AuditTarget.EXPERT, String.valueOf(expertId),
                    "version " + next + ", document " + document.getId());
        } catch (RuntimeException e) {
            documentService.discard(document);
            throw e;
        }
        return next;
    }

    /** The PDF CV versions of an expert, newest first. Administrators only. */
    public List<CvVersionInfo> cvVersions(long expertId) {
        requireAdmin();
        return cvVersions.findByExpertIdOrderByVersionNumberDesc(expertId).stream().map(CvVersionInfo::of).toList();
    }

    // ---- rules -------------------------------------------------------------------------------

    /** Checks every field at once; returns the slug to use. */
    private String validate(ExpertDraft draft, Expert existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(draft.name())) {
            errors.put("name", "expert.invalid.required");
        } else if (draft.name().strip().length() > 120) {
            errors.put("name", "expert.invalid.too-long");
        }
        String slug = blank(draft.slug()) ? slugOf(draft.name()) : draft.slug().strip();
        if (slug.isEmpty() || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            errors.put("slug", "expert.invalid.slug");
        } else if ((existing == null || !existing.getSlug().equals(slug)) && experts.existsBySlug(slug)) {
            errors.put("slug", "expert.invalid.slug-taken");
        }
        if (blank(draft.title())) {
            errors.put("title", "expert.invalid.required");
        } else if (draft.title().strip().length() > 160) {
            errors.put("title", "expert.invalid.too-long");
        }
        if (blank(draft.bio())) {
            errors.put("bio", "expert.invalid.required");
        } else if (draft.bio().strip().length() > 1000) {
            errors.put("bio", "expert.invalid.too-long");
        }
        if (draft.yearsOfExperience() == null || draft.yearsOfExperience() < 0 || draft.yearsOfExperience() > 70) {
            errors.put("yearsOfExperience", "expert.invalid.years");
        }
        if (draft.reportsWritten() == null || draft.reportsWritten() < 0 || draft.reportsWritten() > 100_000) {
            errors.put("reportsWritten", "expert.invalid.reports");
        }
        if (draft.feeBasis() == null) {
            errors.put("feeBasis", "expert.invalid.required");
        }
        if (draft.availability() == null) {
            errors.put("availability", "expert.invalid.required");
        } else if (draft.availability() == Availability.UNAVAILABLE
                && (draft.unavailableUntil() == null || !draft.unavailableUntil().isAfter(LocalDate.now(clock)))) {
            errors.put("unavailableUntil", "expert.invalid.unavailable-until");
        }
        if (draft.countryIsoCodes().isEmpty()) {
            errors.put("countries", "expert.invalid.countries");
        } else if (countriesOf(draft.countryIsoCodes()).size() != draft.countryIsoCodes().size()) {
            errors.put("countries", "expert.invalid.unknown");
        }
        if (themesOf(draft.themeKeys()).size() != draft.themeKeys().size()) {
            errors.put("themes", "expert.invalid.unknown");
        }
        if (draft.languageCodes().isEmpty()) {
            errors.put("languages", "expert.invalid.languages");
        } else if (!LANGUAGE_CODES.containsAll(draft.languageCodes())) {
            errors.put("languages", "expert.invalid.unknown");
        }
        if (draft.inviteEmail() != null && !draft.inviteEmail().isBlank()
                && (draft.inviteEmail().strip().length() > 254 || !EmailAddresses.isPlausible(draft.inviteEmail().strip()))) {
            errors.put("inviteEmail", "expert.invalid.email");
        }
        if (draft.conflictNotes() != null && draft.conflictNotes().strip().length() > 4000) {
            errors.put("conflictNotes", "expert.invalid.too-long");
        }
        draft.cv().forEach((section, lines) -> {
            List<String> filled = lines.stream().filter(line -> !blank(line)).toList();
            if (filled.size() > MAX_CV_LINES || filled.stream().anyMatch(line -> line.strip().length() > CvEntry.MAX_LENGTH)) {
                errors.put("cv." + section.name().toLowerCase(), "expert.invalid.cv-lines");
            }
            filled.forEach(line -> UserText.check(errors, "cv." + section.name().toLowerCase(), line, UserText.Kind.LINE));
        });
        UserText.check(errors, "name", draft.name(), UserText.Kind.LINE);
        UserText.check(errors, "slug", draft.slug(), UserText.Kind.LINE);
        UserText.check(errors, "title", draft.title(), UserText.Kind.LINE);
        UserText.check(errors, "bio", draft.bio(), UserText.Kind.TEXT);
        UserText.check(errors, "conflictNotes", draft.conflictNotes(), UserText.Kind.TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return slug;
    }

    /** "Dr Bolormaa Tsend" becomes "dr-bolormaa-tsend"; letters outside Latin give nothing. */
    static String slugOf(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private List<Country> countriesOf(Set<String> isoCodes) {
        return isoCodes.isEmpty() ? List.of() : coverage.countries(isoCodes);
    }

    private List<Theme> themesOf(Set<String> keys) {
        return keys.isEmpty() ? List.of() : coverage.themes(keys);
    }

    private Optional<Integer> currentCvVersion(Expert expert) {
        return cvVersions.findFirstByExpertIdOrderByVersionNumberDesc(expert.getId())
                .map(ExpertCvVersion::getVersionNumber);
    }

    private boolean isStaffOrAdmin() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
