package org.expertportal.request.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.expertportal.request.ExpertState;
import org.expertportal.request.RequestKind;
import org.expertportal.request.RequestStatus;

/**
 * One line of the staff queue: enough to judge urgency at a glance and to open the request. Built
 * by one query per page, whatever the page size.
 */
public record QueueLine(long id, String reference, String requesterName, String requesterOrganisation,
        String countryCode, RequestStatus status, Instant receivedAt, Instant firstResponseDueAt,
        Instant firstRespondedAt, LocalDate hearingDate, boolean legalAid, Long assigneeId, String assigneeName,
        String expertName, ExpertState expertState, LocalDate expertDueDate, int bucket, Instant key,
        RequestKind kind) {

    public QueueCursor cursor() {
        return new QueueCursor(bucket, key, id);
    }

    public boolean waitingForFirstResponse() {
        return firstRespondedAt == null && !status.isFinished() && status != RequestStatus.DELIVERED;
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(requesterOrganisation);
    }

    public Optional<LocalDate> hearing() {
        return Optional.ofNullable(hearingDate);
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assigneeName);
    }

    public Optional<String> expert() {
        return Optional.ofNullable(expertName);
    }

    public Optional<LocalDate> expertDue() {
        return Optional.ofNullable(expertDueDate);
    }
}
