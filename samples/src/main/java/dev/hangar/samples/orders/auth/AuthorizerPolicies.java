package dev.hangar.samples.orders.auth;

import com.amazonaws.services.lambda.runtime.events.IamPolicyResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the authorizer's answers. API Gateway caches an answer per token for the authorizer's TTL and
 * applies it to every later request with that token, so a policy covers everything the token may do
 * in the stage, not only the method that happened to trigger the authorizer.
 */
public final class AuthorizerPolicies {
    private AuthorizerPolicies() {
    }

    /**
     * Allows a token: writers everything in the stage, read-only tokens {@code GET} only.
     *
     * @param methodArn the method that triggered the authorizer
     * @param customerId the token's customer, passed on as principal and in the context
     * @param scopes the token's scopes
     * @return the policy and context
     */
    public static IamPolicyResponse allow(MethodArn methodArn, String customerId, Set<String> scopes) {
        boolean writes = scopes.contains(Scopes.WRITE) || scopes.contains(Scopes.FULFIL);
        String resource = writes ? methodArn.withinStage("*", "*") : methodArn.withinStage("GET", "*");
        return response(customerId, IamPolicyResponse.allowStatement(resource), Map.of(
                AuthorizerContext.CUSTOMER_ID, customerId,
                AuthorizerContext.SCOPES, String.join(" ", new TreeSet<>(scopes))));
    }

    /**
     * Denies a token explicitly, which API Gateway answers with 403 (a thrown "Unauthorized" gives 401).
     *
     * @param methodArn the method that triggered the authorizer
     * @param principalId whom the denial is recorded for
     * @return the policy, without context
     */
    public static IamPolicyResponse deny(MethodArn methodArn, String principalId) {
        return response(principalId, IamPolicyResponse.denyStatement(methodArn.withinStage("*", "*")), Map.of());
    }

    /**
     * Allows exactly the method that triggered the authorizer, for authorizers whose answer is not
     * cached (a WebSocket {@code $connect}).
     *
     * @param methodArn the method's ARN, as the authorizer event gives it
     * @param customerId the token's customer, passed on as principal and in the context
     * @param scopes the token's scopes
     * @return the policy and context
     */
    public static IamPolicyResponse allowExactly(String methodArn, String customerId, Set<String> scopes) {
        return response(customerId, IamPolicyResponse.allowStatement(methodArn), Map.of(
                AuthorizerContext.CUSTOMER_ID, customerId,
                AuthorizerContext.SCOPES, String.join(" ", new TreeSet<>(scopes))));
    }

    /**
     * Denies exactly the method that triggered the authorizer (403).
     *
     * @param methodArn the method's ARN, as the authorizer event gives it
     * @param principalId whom the denial is recorded for
     * @return the policy, without context
     */
    public static IamPolicyResponse denyExactly(String methodArn, String principalId) {
        return response(principalId, IamPolicyResponse.denyStatement(methodArn), Map.of());
    }

    private static IamPolicyResponse response(String principalId, IamPolicyResponse.Statement statement,
            Map<String, Object> context) {
        IamPolicyResponse.PolicyDocument document = IamPolicyResponse.PolicyDocument.builder()
                .withVersion(IamPolicyResponse.VERSION_2012_10_17)
                .withStatement(List.of(statement))
                .build();
        return IamPolicyResponse.builder()
                .withPrincipalId(principalId)
                .withPolicyDocument(document)
                .withContext(context)
                .build();
    }
}
