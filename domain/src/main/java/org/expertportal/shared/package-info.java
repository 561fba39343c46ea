/**
 * What every feature shares: the domain's exceptions, which carry a translation key rather than
 * an English sentence so that every refusal reaches the user in their own language.
 */
package org.expertportal.shared;
