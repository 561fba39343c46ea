/**
 * The staff queue: filters, lines and keyset pages of open requests. Its door is
 * {@link org.expertportal.request.queue.StaffQueueService} and the records it returns; the query
 * port is implemented by persistence.
 */
package org.expertportal.request.queue;
