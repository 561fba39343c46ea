package org.expertportal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.expertportal.request.clock.ResponsePolicy;
import org.expertportal.request.intake.PrivacyNotice;
import org.expertportal.request.intake.RequestIntakeValidationTest;
import org.expertportal.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every allowed transition works; every other one is refused, with a message key. */
class RequestLifecycleTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-27T22:00:00Z");

    static ReportRequest requestIn(RequestStatus status) {
        var request = new ReportRequest("ER-2026-000001", 1L, null, RequestIntakeValidationTest.validForm(),
                PrivacyNotice.VERSION, RECEIVED, ResponsePolicy.oneHourAroundTheClock());
        try {
            var field = ReportRequest.class.getDeclaredField("status");
            field.setAccessible(true);
            field.set(request, status);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return request;
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void from_each_status_exactly_the_allowed_transitions_succeed(RequestStatus from) {
        for (RequestStatus to : RequestStatus.values()) {
            ReportRequest request = requestIn(from);
            ClosingReason reason = to.needsReason()
                    ? (to == RequestStatus.DECLINED ? ClosingReason.OUTSIDE_COVERAGE : ClosingReason.CASE_RESOLVED)
                    : null;
            if (from.canMoveTo(to)) {
                assertThat(request.moveTo(to, reason, RECEIVED.plusSeconds(60))).isEqualTo(from);
                assertThat(request.getStatus()).isEqualTo(to);
                assertThat(request.getClosingReason().orElse(null)).isEqualTo(reason);
            } else {
                assertThatThrownBy(() -> request.moveTo(to, reason, RECEIVED.plusSeconds(60)))
                        .isInstanceOf(DomainException.class)
                        .hasMessage("request.refused.transition");
                assertThat(request.getStatus()).isEqualTo(from);
            }
        }
    }

    @Test
    void the_lifecycle_has_the_documented_shape() {
        assertThat(RequestStatus.SUBMITTED.next()).contains(RequestStatus.ACKNOWLEDGED, RequestStatus.DECLINED)
                .doesNotContain(RequestStatus.DELIVERED, RequestStatus.IN_PREPARATION);
        for (RequestStatus finished : List.of(RequestStatus.CLOSED, RequestStatus.DECLINED, RequestStatus.CANCELLED)) {
            assertThat(finished.next()).isEmpty();
            assertThat(finished.isFinished()).isTrue();
        }
        assertThat(Set.of(RequestStatus.values()).stream().filter(RequestStatus::clientMayCancel))
                .containsExactlyInAnyOrder(RequestStatus.SUBMITTED, RequestStatus.ACKNOWLEDGED,
                        RequestStatus.CONSULTATION_SCHEDULED, RequestStatus.AWAITING_CLIENT,
                        RequestStatus.EXPERT_ASSIGNED);
    }

    @Test
    void delivery_moves_an_open_request_to_delivered_through_allowed_steps_and_never_a_finished_one() {
        assertThat(RequestStatus.SUBMITTED.stepsToDelivered())
                .contains(List.of(RequestStatus.ACKNOWLEDGED, RequestStatus.DELIVERED));
        assertThat(RequestStatus.EXPERT_ASSIGNED.stepsToDelivered())
                .contains(List.of(RequestStatus.IN_PREPARATION, RequestStatus.DELIVERED));
        assertThat(RequestStatus.AWAITING_CLIENT.stepsToDelivered()).as("through In preparation when as short")
                .contains(List.of(RequestStatus.IN_PREPARATION, RequestStatus.DELIVERED));
        assertThat(RequestStatus.IN_PREPARATION.stepsToDelivered()).contains(List.of(RequestStatus.DELIVERED));
        assertThat(RequestStatus.DELIVERED.stepsToDelivered()).as("a correction, delivered in place")
                .contains(List.of());
        for (RequestStatus status : RequestStatus.values()) {
            if (status.isFinished()) {
                assertThat(status.stepsToDelivered()).as(status.name()).isEmpty();
                continue;
            }
            List<RequestStatus> steps = status.stepsToDelivered().orElseThrow();
            RequestStatus at = status;
            for (RequestStatus step : steps) {
                assertThat(at.canMoveTo(step)).as(at + " -> " + step).isTrue();
                assertThat(step.isFinished()).isFalse();
                at = step;
            }
            assertThat(at).isEqualTo(RequestStatus.DELIVERED);
        }
    }

    @Test
    void declining_and_cancelling_need_a_fitting_reason() {
        assertThatThrownBy(() -> requestIn(RequestStatus.SUBMITTED).moveTo(RequestStatus.DECLINED, null, RECEIVED))
                .hasMessage("request.refused.reason-needed");
        assertThatThrownBy(() -> requestIn(RequestStatus.SUBMITTED)
                .moveTo(RequestStatus.DECLINED, ClosingReason.CLIENT_WITHDREW, RECEIVED))
                .hasMessage("request.refused.reason-needed");
        var request = requestIn(RequestStatus.SUBMITTED);
        request.moveTo(RequestStatus.CANCELLED, ClosingReason.OTHER, RECEIVED);
        assertThat(request.getClosingReason()).contains(ClosingReason.OTHER);
    }

    @Test
    void the_first_response_is_recorded_once_in_minutes() {
        var request = requestIn(RequestStatus.SUBMITTED);
        assertThat(request.getFirstResponseDueAt()).isEqualTo(RECEIVED.plusSeconds(3600));
        request.respondedAt(RECEIVED.plusSeconds(12 * 60 + 30));
        request.respondedAt(RECEIVED.plusSeconds(50 * 60));
        assertThat(request.getFirstResponseMinutes()).contains(12);
        assertThat(request.getFirstRespondedAt()).contains(RECEIVED.plusSeconds(12 * 60 + 30));
    }
}
