/** The client's list of requests and request page. */
package org.expertportal.request.tracking.ui;
