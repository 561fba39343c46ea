/**
 * Data protection duties towards clients: the export of their own data as a zip, erasure on
 * request (the client asks, an administrator decides, the account and requests are anonymised and
 * case documents deleted), and retention (finished requests are anonymised after a configured
 * period, with a warning 30 days before). See docs/adr/025. Each feature that keeps a client's
 * data adds its part through {@link org.expertportal.personaldata.ExportSection} and {@link
 * org.expertportal.personaldata.ErasureStep} (docs/adr/028).
 */
package org.expertportal.privacy;
