/** Spring Data implementation of the account ports. */
package org.expertportal.account;
