/** The public request form and the privacy notice it links to. Views are package-private: routes are the door. */
package org.expertportal.request.intake.ui;
