/** Parts every request page shares: the timeline and the message thread as components. */
package org.expertportal.request.ui;
