package org.expertportal.account;

import java.util.Optional;

/** Port: the id of the browser session the current request belongs to, if it has one. */
public interface CurrentSession {

    Optional<String> id();
}
