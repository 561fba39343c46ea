package org.expertportal.account;

/** Port: one-way password hashing (a delegating encoder in the web module). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
