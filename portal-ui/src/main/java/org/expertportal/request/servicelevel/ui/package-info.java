/** The service-level report and the staff member's day. */
package org.expertportal.request.servicelevel.ui;
