/**
 * The one-hour first-response promise: the response policy, service hours, the office calendar and
 * the job that warns and escalates unanswered requests. Its door is the policy, the calendar and
 * {@link org.expertportal.request.clock.ResponseClockService}; clock alerts stay inside.
 */
package org.expertportal.request.clock;
