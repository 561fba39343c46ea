/** Wiring of the privacy duties: the retention period from configuration and the daily retention job. */
package org.expertportal.privacy;
