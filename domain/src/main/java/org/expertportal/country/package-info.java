/**
 * The country coverage: the regions, countries and themes (kinds of risk) the organisation's
 * experts write about. Reference data is loaded by database migrations, never by code; names are
 * translated through keys ({@code region.<key>}, {@code country.<ISO code>}, {@code theme.<key>}).
 */
package org.expertportal.country;
