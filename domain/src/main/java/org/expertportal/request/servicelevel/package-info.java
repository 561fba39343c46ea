/**
 * How well the promise is kept: the service-level report and a staff member's day. Its door is
 * {@link org.expertportal.request.servicelevel.ServiceLevelService} and its report records.
 */
package org.expertportal.request.servicelevel;
