package org.expertportal.account;

/** Not a real hash, but one-way enough to tell stored values from raw ones. */
final class TestHasher implements PasswordHasher {
    @Override
    public String hash(String rawPassword) {
        return "{test}" + new StringBuilder(rawPassword).reverse();
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash(rawPassword).equals(hash);
    }
}
