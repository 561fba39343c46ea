/** Wiring of the request use cases: the first-response policy from configuration and its clock job. */
package org.expertportal.request;
