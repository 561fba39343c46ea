/**
 * The public request form: validation, submission, intake attempts and the pass that lets the
 * visitor book a consultation right away, and the "we will respond by" answer. Its door is
 * {@link org.expertportal.request.intake.RequestIntakeService} with the form and answer records.
 */
package org.expertportal.request.intake;
