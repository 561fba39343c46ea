/**
 * The document store's adapters: documents as files in a folder under the portal's data directory
 * ({@code portal.data-dir}/documents), media types sniffed from magic bytes by Apache Tika, PDF
 * copies stamped page by page with PDFBox, and the Spring Data repositories of document rows.
 */
package org.expertportal.document;
