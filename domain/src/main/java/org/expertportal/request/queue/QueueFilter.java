package org.expertportal.request.queue;

import org.expertportal.request.RequestStatus;

/**
 * What staff narrow the queue to. Every field is optional (null or false: no restriction).
 *
 * @param status one status; without it, the open requests (not delivered, closed, declined or cancelled)
 * @param assignee a staff account id; see also {@code mine} and {@code unassigned}
 * @param overdue only requests past their first-response time without a response
 * @param hearingWithinDays only requests whose hearing is today or within this many days
 * @param expertDueSoon only requests whose expert's due date is passed or within three days
 * @param text a reference (or its start) or part of the client's name or organisation
 * @param includeFinished without a status: every request, delivered and finished ones too
 */
public record QueueFilter(RequestStatus status, String regionKey, String countryCode, String themeKey,
        Long assignee, boolean mine, boolean unassigned, Long expertId, Boolean legalAid, boolean overdue,
        Integer hearingWithinDays, boolean expertDueSoon, String text, boolean includeFinished) {

    /** Days before an expert's due date from which the queue flags it. */
    public static final int EXPERT_DUE_SOON_DAYS = 3;

    public static final QueueFilter OPEN = new QueueFilter(null, null, null, null, null, false, false, null, null,
            false, null, false, null, false);

    /** Every request, finished ones too, in urgency order (finished ones last). */
    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null, false, false, null, null,
            false, null, false, null, true);

    public QueueFilter withStatus(RequestStatus newStatus) {
        return new QueueFilter(newStatus, regionKey, countryCode, themeKey, assignee, mine, unassigned, expertId,
                legalAid, overdue, hearingWithinDays, expertDueSoon, text, includeFinished);
    }

    public QueueFilter withText(String newText) {
        return new QueueFilter(status, regionKey, countryCode, themeKey, assignee, mine, unassigned, expertId,
                legalAid, overdue, hearingWithinDays, expertDueSoon, newText, includeFinished);
    }
}
