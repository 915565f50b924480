/**
 * Authorizers, independent of the API type so that REST, HTTP and WebSocket APIs share them.
 *
 * <p>The internal API, for the engines of each API type:
 *
 * <ul>
 *   <li>{@link dev.hangar.gateway.internal.auth.LambdaAuthorizerRunner}: one Lambda authorizer
 *       with its result cache on the harness clock; {@code authorize(identityValues, arn,
 *       eventSupplier)} returns an {@link dev.hangar.gateway.internal.auth.AuthOutcome}. The caller
 *       reads the identity sources (all present, else it refuses with {@code UNAUTHORIZED} itself)
 *       and builds the authorizer's event for its API type. REST and HTTP APIs use it from {@code
 *       internal.engine.ApiAuthorizers}, WebSocket APIs from {@code
 *       internal.websocket.ConnectAuthorizer} (with no cache, as API Gateway has none there).
 *   <li>{@link dev.hangar.gateway.internal.auth.PolicyEvaluator} and {@link
 *       dev.hangar.gateway.internal.auth.ArnPattern}: IAM policy evaluation against a {@code
 *       methodArn}/{@code routeArn} with wildcards.
 *   <li>{@link dev.hangar.gateway.internal.auth.JwtVerifier} with {@link
 *       dev.hangar.gateway.internal.auth.Jwks}: JWT checks (RS/ES signatures with the JDK, issuer,
 *       audience, expiry on the harness clock); throws {@link
 *       dev.hangar.gateway.internal.auth.JwtRejectedException} with API Gateway's description.
 *   <li>{@link dev.hangar.gateway.internal.auth.AuthOutcome.Refusal}: which of API Gateway's
 *       refusals applies; the API type's engine turns it into its status and body.
 * </ul>
 */
package dev.hangar.gateway.internal.auth;
