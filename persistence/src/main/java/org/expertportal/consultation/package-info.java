/**
 * Spring Data implementations of the consultation ports, and the slot claim that turns the
 * database's unique key on (staff, start) into the domain's "slot just taken".
 */
package org.expertportal.consultation;
