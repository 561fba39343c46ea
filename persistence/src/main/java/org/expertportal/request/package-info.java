/** Where requests, their timelines, threads, notes and documents are kept (Spring Data, MariaDB). */
package org.expertportal.request;
