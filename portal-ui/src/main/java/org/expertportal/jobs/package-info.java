/**
 * What the portal's scheduled jobs share: how one item of a job is run when several instances run
 * the same job (the response clock, consultation reminders, retention).
 */
package org.expertportal.jobs;
