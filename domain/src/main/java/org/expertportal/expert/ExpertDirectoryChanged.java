package org.expertportal.expert;

/** An expert was added, changed, deactivated or reactivated: the public directory changed. */
public record ExpertDirectoryChanged(long expertId) {}
