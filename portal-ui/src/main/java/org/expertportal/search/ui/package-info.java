/** The public search page. */
package org.expertportal.search.ui;
