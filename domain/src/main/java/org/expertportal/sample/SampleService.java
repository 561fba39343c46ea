package org.expertportal.sample;

import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.expertportal.account.AccountReference;
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
import org.expertportal.shared.InvalidInputException;
import org.expertportal.shared.NotFoundException;
import org.expertportal.shared.NotPermittedException;
import org.expertportal.shared.text.UserText;

/**
 * Use cases on sample reports. Anyone may list the published samples of a country; signed-in
 * people download them as stamped copies, each download recorded; staff and administrators
 * publish and retire samples.
 */
@Named
@Transactional
public class SampleService {

    /** The text stamped on every page of every copy, before the account reference. */
    public static final String STAMP = "SAMPLE";

    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private final SampleReportRepository samples;
    private final CoverageLookup coverage;
    private final DocumentService documentService;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public SampleService(SampleReportRepository samples, CoverageLookup coverage, DocumentService documentService,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.samples = samples;
        this.coverage = coverage;
        this.documentService = documentService;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Published samples for a country (ISO 3166 code), newest year first; for no country (a short
     * request that names none, docs/adr/039), every published sample, newest first. Anyone.
     */
    public List<SampleSummary> samplesForCountry(String isoCode) {
        if (isoCode == null) {
            return samples.findAllByOrderByPublishedAtDesc().stream()
                    .filter(sample -> sample.getRetiredAt().isEmpty())
                    .map(SampleSummary::of)
                    .toList();
        }
        return samples.findByCountryIsoCodeAndRetiredAtIsNullOrderByYearDescTitleAsc(isoCode).stream()
                .map(SampleSummary::of)
                .toList();
    }

    /**
     * Sends a copy of a published sample to a signed-in person, stamped on every page with
     * "SAMPLE" and their account reference, and records the download.
     */
    @Transactional(dontRollbackOn = DocumentTransferException.class)
    public void download(long sampleId, DocumentSink sink) {
        long accountId = currentUser.requireAccountId();
        SampleReport sample = samples.findById(sampleId)
                .filter(found -> found.isPublished() || isStaffOrAdmin())
                .orElseThrow(NotFoundException::new);
        documentService.deliverStamped(sample.getDocument(), DocumentPurpose.SAMPLE_REPORT,
                STAMP + " " + AccountReference.of(accountId), sink);
    }

    /** Every sample, published or retired, newest first. Staff and administrators. */
    public List<SampleSummary> allSamples() {
        requireStaffOrAdmin();
        return samples.findAllByOrderByPublishedAtDesc().stream().map(SampleSummary::of).toList();
    }

    public SampleChoices choices() {
        requireStaffOrAdmin();
        return new SampleChoices(
                coverage.allCountries().stream().map(Country::getIsoCode).toList(),
                coverage.allThemes().stream().map(Theme::getKey).toList(),
                Arrays.stream(Locale.getISOLanguages()).sorted().toList());
    }

    /**
     * Publishes a sample: checks the form first, then the file (name, size, PDF by content). A
     * refusal of either leaves no file and no row. Staff and administrators.
     *
     * @return the new sample's id
     */
    public long publish(SampleDraft draft, String fileName, InputStream content) {
        requireStaffOrAdmin();
        Country country = validate(draft);
        List<Theme> themes = draft.themeKeys().isEmpty() ? List.of() : coverage.themes(draft.themeKeys());
        Document document = documentService.receive(fileName, content, DocumentPurpose.SAMPLE_REPORT);
        try {
            long id = samples.save(new SampleReport(draft, country, themes, document, clock.instant(),
                    currentUser.requireAccountId())).getId();
            audit.record(AuditAction.SAMPLE_PUBLISHED, AuditTarget.SAMPLE, String.valueOf(id),
                    "document " + document.getId());
            return id;
        } catch (RuntimeException e) {
            documentService.discard(document);
            throw e;
        }
    }

    /** Takes a sample out of every list and download; the file and the record stay. */
    public void retire(long sampleId) {
        requireStaffOrAdmin();
        SampleReport sample = samples.findById(sampleId).orElseThrow(NotFoundException::new);
        sample.retire(clock.instant());
        samples.save(sample);
        audit.record(AuditAction.SAMPLE_RETIRED, AuditTarget.SAMPLE, String.valueOf(sampleId), null);
    }

    private Country validate(SampleDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null || draft.title().isBlank()) {
            errors.put("title", "sample.invalid.required");
        } else if (draft.title().strip().length() > 200) {
            errors.put("title", "sample.invalid.too-long");
        }
        if (draft.summary() == null || draft.summary().isBlank()) {
            errors.put("summary", "sample.invalid.required");
        } else if (draft.summary().strip().length() > 2000) {
            errors.put("summary", "sample.invalid.too-long");
        }
        UserText.check(errors, "title", draft.title(), UserText.Kind.LINE);
        UserText.check(errors, "summary", draft.summary(), UserText.Kind.TEXT);
        Optional<Country> country = draft.countryIsoCode() == null
                ? Optional.empty()
                : coverage.country(draft.countryIsoCode());
        if (country.isEmpty()) {
            errors.put("country", "sample.invalid.required");
        }
        if (!draft.themeKeys().isEmpty()
                && coverage.themes(draft.themeKeys()).size() != draft.themeKeys().size()) {
            errors.put("themes", "sample.invalid.unknown");
        }
        if (draft.languageCode() == null || !LANGUAGE_CODES.contains(draft.languageCode())) {
            errors.put("language", "sample.invalid.required");
        }
        int thisYear = Year.now(clock.withZone(ZoneOffset.UTC)).getValue();
        if (draft.year() == null || draft.year() < 1990 || draft.year() > thisYear) {
            errors.put("year", "sample.invalid.year");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return country.orElseThrow();
    }

    private boolean isStaffOrAdmin() {
        return currentUser.hasRole(Role.STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    private void requireStaffOrAdmin() {
        if (!isStaffOrAdmin()) {
            throw new NotPermittedException();
        }
    }
}
