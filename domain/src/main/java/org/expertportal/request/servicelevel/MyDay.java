package org.expertportal.request.servicelevel;

import java.util.List;
import org.expertportal.request.queue.QueueLine;
import org.expertportal.request.servicelevel.ServiceLevelReport.Week;

/**
 * A staff member's day: their open requests most urgent first, the unowned requests still waiting
 * for a first response, their requests whose expert is due, and today's figures.
 */
public record MyDay(List<QueueLine> mine, List<QueueLine> unownedWaiting, List<QueueLine> expertDue, Week today) {}
