/** The search index on MariaDB FULLTEXT (InnoDB), queried in boolean mode with prefix terms. */
package org.expertportal.search;
