/** Spring Data implementation of the sample report ports. */
package org.expertportal.sample;
