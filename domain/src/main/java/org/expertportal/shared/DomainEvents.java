package org.expertportal.shared;

/**
 * Port: tells the rest of the portal that something happened, inside the use case's transaction.
 * Listeners decide whether they act before commit (an outbox row) or after it (a search index).
 */
public interface DomainEvents {

    void publish(Object event);
}
