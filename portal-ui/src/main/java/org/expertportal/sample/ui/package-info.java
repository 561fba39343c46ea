/**
 * Sample report pages: the staff page that publishes and retires samples, and the list of a
 * country's samples with stamped downloads that the expert and country pages show.
 */
package org.expertportal.sample.ui;
