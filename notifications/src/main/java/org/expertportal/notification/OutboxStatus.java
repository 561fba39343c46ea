package org.expertportal.notification;

/** Where an alert stands. A PENDING alert being sent right now has its next attempt pushed out by a lease. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
