package org.expertportal.request;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request stands. The allowed transitions are defined here and nowhere else; the services
 * refuse every other one.
 */
public enum RequestStatus {
    SUBMITTED,
    ACKNOWLEDGED,
    CONSULTATION_SCHEDULED,
    /** Staff wait for documents or an answer from the client. */
    AWAITING_CLIENT,
    EXPERT_ASSIGNED,
    IN_PREPARATION,
    DELIVERED,
    CLOSED,
    /** Refused by the organisation; needs a {@link ClosingReason}. */
    DECLINED,
    /** Withdrawn by the client or closed without a report; needs a {@link ClosingReason}. */
    CANCELLED;

    private static final Comparator<RequestStatus> DELIVERY_ORDER =
            Comparator.comparing((RequestStatus status) -> status != IN_PREPARATION).thenComparing(Enum::ordinal);

    /** The statuses staff may move a request to from this one. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACKNOWLEDGED, CONSULTATION_SCHEDULED, AWAITING_CLIENT, EXPERT_ASSIGNED,
                    DECLINED, CANCELLED);
            case ACKNOWLEDGED -> EnumSet.of(CONSULTATION_SCHEDULED, AWAITING_CLIENT, EXPERT_ASSIGNED, IN_PREPARATION,
                    DELIVERED, CLOSED, DECLINED, CANCELLED);
            case CONSULTATION_SCHEDULED -> EnumSet.of(ACKNOWLEDGED, AWAITING_CLIENT, EXPERT_ASSIGNED, CLOSED, DECLINED,
                    CANCELLED);
            case AWAITING_CLIENT -> EnumSet.of(ACKNOWLEDGED, CONSULTATION_SCHEDULED, EXPERT_ASSIGNED, IN_PREPARATION,
                    CLOSED, DECLINED, CANCELLED);
            case EXPERT_ASSIGNED -> EnumSet.of(AWAITING_CLIENT, IN_PREPARATION, DECLINED, CANCELLED);
            case IN_PREPARATION -> EnumSet.of(AWAITING_CLIENT, DELIVERED, CANCELLED);
            case DELIVERED -> EnumSet.of(IN_PREPARATION, CLOSED);
            case CLOSED, DECLINED, CANCELLED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    /**
     * The statuses a delivery moves the request through, ending with Delivered (docs/adr/041): the
     * shortest way along the transitions above, never through a finished status, each one a step
     * of its own in the timeline. Empty when already Delivered (a corrected version is delivered
     * again in place); absent when the request is finished and nothing can be delivered.
     */
    public Optional<List<RequestStatus>> stepsToDelivered() {
        if (this == DELIVERED) {
            return Optional.of(List.of());
        }
        if (isFinished()) {
            return Optional.empty();
        }
        // Breadth first: the shortest way. Among equally short ones, through In preparation (the
        // status that means "the report is being written"), else in declaration order: always the same.
        Map<RequestStatus, RequestStatus> cameFrom = new EnumMap<>(RequestStatus.class);
        var waiting = new ArrayDeque<RequestStatus>(List.of(this));
        cameFrom.put(this, this);
        while (!waiting.isEmpty()) {
            RequestStatus at = waiting.poll();
            for (RequestStatus next : at.next().stream().sorted(DELIVERY_ORDER).toList()) {
                if (next.isFinished() || cameFrom.containsKey(next)) {
                    continue;
                }
                cameFrom.put(next, at);
                if (next == DELIVERED) {
                    List<RequestStatus> steps = new ArrayList<>();
                    for (RequestStatus step = DELIVERED; step != this; step = cameFrom.get(step)) {
                        steps.add(step);
                    }
                    Collections.reverse(steps);
                    return Optional.of(List.copyOf(steps));
                }
                waiting.add(next);
            }
        }
        return Optional.empty();
    }

    /** Declined and Cancelled say why. */
    public boolean needsReason() {
        return this == DECLINED || this == CANCELLED;
    }

    /** No further work: closed, declined or cancelled. */
    public boolean isFinished() {
        return this == CLOSED || this == DECLINED || this == CANCELLED;
    }

    /** A client may cancel until the report is being prepared. */
    public boolean clientMayCancel() {
        return EnumSet.of(SUBMITTED, ACKNOWLEDGED, CONSULTATION_SCHEDULED, AWAITING_CLIENT, EXPERT_ASSIGNED)
                .contains(this);
    }

    /** Translation key of the status name. */
    public String nameKey() {
        return "request.status." + name().toLowerCase().replace('_', '-');
    }

    /**
     * Translation key of the status name as staff read it: the client's "Waiting for you" is
     * "Waiting for client" on the staff side; every other status reads the same for both.
     */
    public String staffNameKey() {
        return this == AWAITING_CLIENT ? "request.status.staff.awaiting-client" : nameKey();
    }

    /** Translation key of what happens next, in plain words for the client. */
    public String nextStepKey() {
        return "request.next-step." + name().toLowerCase().replace('_', '-');
    }
}
