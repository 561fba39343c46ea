/** Spring Data implementations of the privacy ports: erasure requests. */
package org.expertportal.privacy;
