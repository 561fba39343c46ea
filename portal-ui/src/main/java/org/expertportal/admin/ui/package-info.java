/** Administration pages: only administrators open them, and their use cases check again. */
package org.expertportal.admin.ui;
