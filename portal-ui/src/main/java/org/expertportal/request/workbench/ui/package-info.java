/** The staff page of a request: thread, notes, documents, assignment, expert and delivery. Other pages link to it. */
package org.expertportal.request.workbench.ui;
