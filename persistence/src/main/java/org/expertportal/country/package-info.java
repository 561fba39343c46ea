/** Spring Data implementation of the coverage ports. */
package org.expertportal.country;
