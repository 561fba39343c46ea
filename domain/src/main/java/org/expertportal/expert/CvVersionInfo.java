package org.expertportal.expert;

import java.time.Instant;

/** One PDF CV version as administrators see it. */
public record CvVersionInfo(int versionNumber, String fileName, long sizeBytes, Instant uploadedAt) {

    static CvVersionInfo of(ExpertCvVersion version) {
        return new CvVersionInfo(version.getVersionNumber(), version.getDocument().getOriginalName(),
                version.getDocument().getSizeBytes(), version.getDocument().getUploadedAt());
    }
}
