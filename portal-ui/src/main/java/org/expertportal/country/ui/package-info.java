/**
 * Country profiles on screen: the public list and profile pages, and the administrators' review
 * list and editor. Articles are Markdown, rendered and sanitised by {@link
 * org.expertportal.country.ui.ArticleRenderer} before any browser sees them.
 */
package org.expertportal.country.ui;
