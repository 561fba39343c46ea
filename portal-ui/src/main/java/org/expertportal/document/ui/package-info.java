/**
 * The web side of the document store, shared by every feature that uploads or downloads files:
 * an upload field (PDF, or for case papers also Word and images) that streams to a temporary file
 * and never keeps it past its use, and the download handler that sends a document with safe
 * headers (RFC 6266 name, {@code no-store}).
 */
package org.expertportal.document.ui;
