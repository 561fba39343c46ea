package org.expertportal.shared;

/**
 * Nothing to show: the record does not exist, or it is not the caller's. Both cases look the same
 * on purpose, so that guessing references reveals nothing.
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.not-found");
    }
}
