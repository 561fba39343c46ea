/**
 * The request pages: the public request form, the client's list and request page, and the staff
 * page of a request.
 */
package org.expertportal.request.ui;
