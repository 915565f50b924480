package dev.hangar.samples.orders.auth;

/**
 * The keys of the {@code context} the token authorizer returns. API Gateway hands it to the function
 * as {@code requestContext.authorizer}, beside {@code principalId}.
 */
public final class AuthorizerContext {
    /** The customer the token was issued to. */
    public static final String CUSTOMER_ID = "customerId";
    /** The token's scopes, space-separated (context values must be strings, numbers or booleans). */
    public static final String SCOPES = "scopes";

    private AuthorizerContext() {
    }
}
