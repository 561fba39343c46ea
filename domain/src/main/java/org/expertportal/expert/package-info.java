/**
 * The expert network: who writes reports, on which countries and themes, in which languages, on
 * what fee basis and when available, with a structured CV and its PDF versions. Anyone may read
 * the public profiles of active experts; signed-in people download CVs (every download recorded);
 * only administrators change experts, and only staff and administrators read the internal
 * conflict-of-interest notes.
 */
package org.expertportal.expert;
