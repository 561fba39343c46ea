package org.expertportal.request.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.expertportal.expert.FeeBasis;
import org.expertportal.request.ExpertState;
import org.expertportal.request.RequestStatus;
import org.expertportal.request.queue.StaffQueueQueries.StaffMember;
import org.expertportal.sample.SampleSummary;

/**
 * Everything staff need to work a request beyond what the client submitted: its owner, its
 * expert with the candidates, the instruction, the report versions and what can be shared.
 *
 * @param version the request's version the panel was built from; changes are checked against it
 */
public record RequestWorkPanel(long version, RequestStatus status, Optional<Long> assigneeId, List<StaffMember> staff,
        Optional<NamedExpert> expert, List<ExpertMatch> candidates, Optional<InstructionEntry> instruction,
        List<ReportVersion> reports, DeliveryReadiness delivery, List<SampleSummary> samples) {

    public record NamedExpert(long id, String slug, String name, ExpertState state) {}

    /** The instruction as recorded. */
    public record InstructionEntry(long version, long expertId, String questions, Optional<String> documentsSent,
            FeeBasis feeBasis, Optional<String> feeTerms, LocalDate dueDate, Optional<LocalDate> declarationSignedOn,
            Instant recordedAt) {}

    /**
     * A report version; a delivered one has the time it was shared with the client, and the time
     * the client's side first downloaded it once they have (docs/adr/041).
     */
    public record ReportVersion(long id, int version, boolean isFinal, String name, Instant addedAt,
            Optional<Instant> deliveredAt, Optional<Instant> firstClientDownloadAt) {}

    /**
     * What delivering needs now (docs/adr/041): when ready, the status steps a delivery takes (empty
     * when the request is Delivered already); otherwise the one missing step, as a translation key.
     */
    public record DeliveryReadiness(List<RequestStatus> steps, Optional<String> missingStepKey) {

        static DeliveryReadiness missing(String key) {
            return new DeliveryReadiness(List.of(), Optional.of(key));
        }

        public boolean isReady() {
            return missingStepKey.isEmpty();
        }
    }
}
