/**
 * Each feature's share of a client's personal data, as the privacy use cases ask for it: its part
 * of an export ({@link org.expertportal.personaldata.ExportSection}) and of a granted erasure
 * ({@link org.expertportal.personaldata.ErasureStep}). Features implement these; the privacy
 * feature runs them. The contract names accounts by id only, so that a feature contributing its
 * data never depends on the feature that asks for it, and no cycle forms between them.
 */
package org.expertportal.personaldata;
