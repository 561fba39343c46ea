package org.expertportal.privacy;

import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;

/** The client's erasure requests, in {@code account.json} after the account's and countries' fields. */
@Named
class ErasureRequestsExportSection implements ExportSection {

    private final ErasureRequestRepository erasures;

    ErasureRequestsExportSection(ErasureRequestRepository erasures) {
        this.erasures = erasures;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void addTo(DataExport export) {
        export.accountField("erasureRequests",
                erasures.findByAccountIdOrderByRequestedAtDescIdDesc(export.clientAccountId()).stream()
                        .map(e -> {
                            Map<String, Object> erasure = new LinkedHashMap<>();
                            erasure.put("requestedAt", e.getRequestedAt());
                            erasure.put("reason", e.getReason());
                            erasure.put("status", e.getStatus());
                            erasure.put("decidedAt", e.getDecidedAt());
                            return erasure;
                        })
                        .toList());
    }
}
