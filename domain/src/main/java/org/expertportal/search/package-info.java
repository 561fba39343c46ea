/**
 * Search over what the public may read: country names in every language, country articles, themes
 * and expert profiles. The index is derived data, rebuilt by the application whenever its
 * sources change; queries are cleaned here before they reach the database.
 */
package org.expertportal.search;
