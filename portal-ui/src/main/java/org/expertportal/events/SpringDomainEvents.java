package org.expertportal.events;

import org.expertportal.shared.DomainEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The domain's {@link DomainEvents} on Spring's event bus. Listeners run in the publishing thread
 * and transaction; {@code @TransactionalEventListener} ones wait for the commit (or the rollback).
 */
@Component
class SpringDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    SpringDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(Object event) {
        publisher.publishEvent(event);
    }
}
