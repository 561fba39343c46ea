package org.expertportal.request.tracking;

import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.expertportal.personaldata.DataExport;
import org.expertportal.personaldata.ExportSection;

/**
 * The client's read markers (which request threads they opened, and when) in {@code account.json}:
 * they are about the person, whoever's request it is, so the organisation's requests they read are
 * named by our reference only.
 */
@Named
class ReadMarkerExportSection implements ExportSection {

    private final ThreadReadRepository reads;

    ReadMarkerExportSection(ThreadReadRepository reads) {
        this.reads = reads;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void addTo(DataExport export) {
        export.accountField("threadsRead", reads.markersOf(export.clientAccountId()).stream()
                .map(marker -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("request", marker.reference());
                    entry.put("readAt", marker.readAt());
                    return entry;
                })
                .toList());
    }
}
