/** Wiring of the first-response clock: the policy from configuration and the job that warns and escalates. */
package org.expertportal.request.clock;
