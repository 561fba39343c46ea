package org.expertportal.notification;

/**
 * Port: hands an alert over for delivery. Call it inside the use case's transaction: the alert is
 * kept in that transaction, so it exists if and only if the change that caused it commits, and it
 * is sent after commit, never while the user waits.
 */
public interface AlertPublisher {

    void publish(Alert alert);
}
