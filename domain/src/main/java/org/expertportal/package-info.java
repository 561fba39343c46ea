/**
 * The expert report portal's domain: the business model and the use cases, in the words of
 * {@code DOMAIN.md}. Each sub-package is one feature (accounts, countries, requests, experts,
 * consultations, ...); it owns its entities, its use-case services and the ports
 * (repositories, clock, current user) that other modules implement.
 *
 * <p>This module depends on Jakarta specifications only, so that the business rules read the
 * same whatever framework runs them. An architecture test in {@code portal-ui} enforces it.
 */
package org.expertportal;
