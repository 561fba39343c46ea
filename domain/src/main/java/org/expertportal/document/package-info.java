/**
 * Documents: every file the portal keeps (CVs, sample reports, case documents and reports).
 * Uploads are checked here once for all features (file name, size, type by content, SHA-256) and
 * written through the {@link org.expertportal.document.DocumentStore} port; every download is
 * checked against the recorded hash and recorded (who, when, which document) before a byte leaves.
 */
package org.expertportal.document;
