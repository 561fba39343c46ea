/** Wiring of the workbench: the office calendar in the configured zone. */
package org.expertportal.request.workbench;
