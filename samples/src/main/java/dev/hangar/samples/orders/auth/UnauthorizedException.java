package dev.hangar.samples.orders.auth;

/**
 * Thrown by the authorizer for a missing, unknown or expired token. API Gateway answers 401 when a
 * Lambda authorizer fails with exactly the message {@code Unauthorized}.
 */
public final class UnauthorizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The message API Gateway recognises. */
    public UnauthorizedException() {
        super("Unauthorized");
    }
}
