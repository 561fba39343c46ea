/**
 * Email alerts. {@link org.expertportal.notification.OutboxAlertPublisher} keeps each alert the
 * domain publishes as an outbox row in the publishing use case's transaction; {@link
 * org.expertportal.notification.OutboxDispatcher} sends due rows over SMTP after commit and on a
 * fixed delay, claiming them with {@code SELECT ... FOR UPDATE SKIP LOCKED} so that several portal
 * instances never send one alert twice. Mails carry a reference, a neutral sentence and a link:
 * never case content. Logs carry outbox ids and alert types, never addresses or texts.
 */
package org.expertportal.notification;
