/** Spring Data implementations of the expert ports. */
package org.expertportal.expert;
