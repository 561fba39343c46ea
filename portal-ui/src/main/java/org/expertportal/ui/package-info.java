/**
 * The portal's shell: the main layout and its menu, the public landing page, the signed-in home
 * page, the language switch and the translations every view goes through.
 */
package org.expertportal.ui;
