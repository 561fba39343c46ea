/** Signing in and the signed-in person's own account pages. */
package org.expertportal.account.ui;
