package org.expertportal.shared;

/** The signed-in person (or nobody) may not do this. Never says whether the target exists. */
public class NotPermittedException extends DomainException {

    public NotPermittedException() {
        super("error.not-permitted");
    }
}
