package org.expertportal.request;

/**
 * What the client answered about one contact channel: whether someone else may see it
 * (docs/adr/037). "Not asked" is never read as "not safe" nor as "safe".
 */
public enum ChannelSafety {
    SAFE, NOT_SAFE, NOT_ASKED;

    /** {@code null} (no answer) is {@link #NOT_ASKED}. */
    public static ChannelSafety of(Boolean answer) {
        return answer == null ? NOT_ASKED : answer ? SAFE : NOT_SAFE;
    }

    /** The stored answer: {@code null} when not asked. */
    public Boolean answer() {
        return this == NOT_ASKED ? null : this == SAFE;
    }
}
