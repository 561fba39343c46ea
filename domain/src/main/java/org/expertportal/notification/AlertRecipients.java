package org.expertportal.notification;

import java.util.List;

/**
 * Port: where an alert would go. Implemented by the same code that {@link AlertPublisher publishes}
 * alerts, by the same rules, so that a person about to cause an alert (staff delivering a report)
 * sees who will be alerted without the rule being written twice.
 */
public interface AlertRecipients {

    /**
     * The addresses this alert would be written to if it were published now (the recipient's choice,
     * an enabled account, the address in use); empty when nobody would be alerted.
     */
    List<String> addressesFor(Alert alert);
}
