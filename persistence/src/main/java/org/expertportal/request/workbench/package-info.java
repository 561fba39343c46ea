/** Spring Data and JDBC implementations of the ports of {@code org.expertportal.request.workbench}, in the same package so they may implement package-private ports. */
package org.expertportal.request.workbench;
