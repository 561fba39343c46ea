package org.expertportal.personaldata;

/**
 * One feature's part of a client's data export: declare a bean of this type in the feature that
 * keeps the data and the privacy feature's export adds it, in {@link #order()}. The export use case
 * has checked that the signed-in client asks for their own data; a section reads only what belongs
 * to {@link DataExport#clientAccountId()} and writes only what the client may see.
 */
public interface ExportSection {

    /** Lower first: fields of {@code account.json}, files and documents keep this order in the zip. */
    int order();

    void addTo(DataExport export);
}
