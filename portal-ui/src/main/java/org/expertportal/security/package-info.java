/**
 * Sign-in and access control: Spring Security wired for Vaadin, the adapters that give the domain
 * its current user and its password hashing, and the one-time creation of the first administrator.
 * Views say who may open them; use cases check again, because a view is only one way in.
 */
package org.expertportal.security;
