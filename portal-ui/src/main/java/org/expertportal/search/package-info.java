/**
 * Keeps the search index in step with what it indexes: rebuilt at start, and a country's entries
 * again after each published article. Names are indexed in every language the portal speaks.
 */
package org.expertportal.search;
