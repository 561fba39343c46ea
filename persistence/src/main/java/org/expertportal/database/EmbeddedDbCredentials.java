package org.expertportal.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded database's login for the portal: a user name and a password generated at the first
 * start (256 random bits), kept in a file only its owner may read ({@code 0600}, in a {@code 0700}
 * folder) so that the same password opens the same data after a restart. See docs/adr/031.
 */
record EmbeddedDbCredentials(String username, String password) {

    static final String USERNAME = "portal";

    /** What the server's init file can quote without escaping; a generated password always matches. */
    private static final Pattern SAFE_USERNAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{32,128}");

    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    EmbeddedDbCredentials {
        if (!SAFE_USERNAME.matcher(username).matches() || !SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalStateException("The embedded database's credentials file needs a user name of lower-case"
                    + " letters, digits and '_', and a password of 32 to 128 letters, digits, '-' and '_'; delete the"
                    + " file to have new ones generated at the next start");
        }
    }

    /** Reads the file, or creates it with a new random password when there is none. */
    static EmbeddedDbCredentials loadOrCreate(Path file) {
        try {
            createOwnerOnlyDirectory(file.getParent());
            if (Files.exists(file)) {
                restrictToOwner(file, OWNER_ONLY_FILE);
                return read(file);
            }
            EmbeddedDbCredentials created = new EmbeddedDbCredentials(USERNAME, generatePassword());
            created.write(file);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the embedded database's credentials in " + file, e);
        }
    }

    /** Creates {@code dir} (and its parents) if missing and makes it owner-only. */
    static void createOwnerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrictToOwner(dir, OWNER_ONLY_DIR);
    }

    /** Writes {@code content} to a new owner-only file, replacing {@code file} at once. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, ownerOnlyFileAttributes());
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String generatePassword() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static EmbeddedDbCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String username = properties.getProperty("username", "");
        String password = properties.getProperty("password", "");
        return new EmbeddedDbCredentials(username.strip(), password.strip());
    }

    private void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("username", username);
        properties.setProperty("password", password);
        try (Writer text = new StringWriter()) {
            properties.store(text, "The embedded MariaDB's login for the portal (docs/adr/031). Keep it private.");
            writeOwnerOnly(file, text.toString());
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnlyFileAttributes() {
        return posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDbCredentials[username=" + username + ", password=(hidden)]";
    }
}
