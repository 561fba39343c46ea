/** The staff queue page with its filters, keyset paging and urgency texts (also shown on My day). */
package org.expertportal.request.queue.ui;
