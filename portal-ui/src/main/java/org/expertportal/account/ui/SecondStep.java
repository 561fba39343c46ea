package org.expertportal.account.ui;

/**
 * The second step of signing in, as the view at {@code /login/two-factor} needs it. The security
 * module implements it (the code is checked behind the sign-in throttle and the session is renewed
 * there); the view depends on this door only, so sign-in screens and security form no cycle.
 */
public interface SecondStep {

    /** What became of a code. */
    enum Outcome {
        SIGNED_IN,
        WRONG_CODE,
        /** Too many failures: wait, as after wrong passwords. */
        THROTTLED,
        /** No correct password in this session, or it is too old: sign in again. */
        NO_PENDING_SIGN_IN
    }

    /** Whether this browser has typed a correct password that waits for its code. */
    boolean isPending();

    Outcome complete(String code);

    /** Forgets the pending sign-in: the person starts again. */
    void cancel();
}
