/** The domain's events, carried by Spring's application events inside the causing transaction. */
package org.expertportal.events;
