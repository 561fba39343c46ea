/**
 * How each person reads dates, times and places: the locale that formats them (their language
 * with their region, {@link org.expertportal.locale.PersonLocale}), one formatter for every date
 * and time shown on a page or in an email ({@link org.expertportal.locale.DateTimeTexts}), and the
 * formats a typed date is read in ({@link org.expertportal.locale.DateEntry}). A UK lawyer types
 * 23/12/2027, a US one 12/23/2027, a Russian reader 23.12.2027; each sees 24-hour or 12-hour times
 * as their region writes them and time zones by city name in their own language. The languages
 * the portal speaks and which read right to left ({@link org.expertportal.locale.PortalLanguages}),
 * and the one formatter of translated texts with arguments, ICU plurals in Western digits
 * ({@link org.expertportal.locale.TranslatedText}), live here too (docs/adr/042).
 */
package org.expertportal.locale;
