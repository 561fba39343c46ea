package org.expertportal.request.workbench;

import java.util.List;
import java.util.Optional;
import org.expertportal.request.RequestStatus;

/**
 * What a delivery will do, shown to staff before they confirm it (docs/adr/041).
 *
 * @param fileName the name the client's side will download the report under
 * @param message the message that goes with it, as it will be kept; empty when none
 * @param from the request's status now
 * @param steps the statuses the request moves through, ending with Delivered; empty when it is
 *     Delivered already (a corrected version)
 * @param recipients the addresses the delivery alert will be written to, as the alert publisher
 *     answers for that very alert; empty when nobody would be alerted
 */
public record DeliveryPreview(long reportId, int version, String fileName, Optional<String> message,
        RequestStatus from,
        List<RequestStatus> steps, List<String> recipients) {}
