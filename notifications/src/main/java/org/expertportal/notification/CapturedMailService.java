package org.expertportal.notification;

import java.util.List;
import java.util.Optional;
import org.expertportal.identity.CurrentUser;
import org.expertportal.identity.Role;
import org.expertportal.notification.SentMailArchive.CapturedMail;
import org.expertportal.shared.NotPermittedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The demo profile's captured mail, for administrators. Outside the demo profile nothing is
 * captured: mail goes to the configured server only.
 */
@Service
public class CapturedMailService {

    private final ObjectProvider<SentMailArchive> archive;
    private final CurrentUser currentUser;

    CapturedMailService(ObjectProvider<SentMailArchive> archive, CurrentUser currentUser) {
        this.archive = archive;
        this.currentUser = currentUser;
    }

    public boolean isCapturing() {
        requireAdmin();
        return archive.getIfAvailable() != null;
    }

    public List<CapturedMail> list() {
        requireAdmin();
        SentMailArchive kept = archive.getIfAvailable();
        return kept == null ? List.of() : kept.list();
    }

    public Optional<String> textOf(String fileName) {
        requireAdmin();
        SentMailArchive kept = archive.getIfAvailable();
        return kept == null ? Optional.empty() : kept.textOf(fileName);
    }

    private void requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new NotPermittedException();
        }
    }
}
