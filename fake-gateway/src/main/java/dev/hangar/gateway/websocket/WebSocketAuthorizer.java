package dev.hangar.gateway.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Lambda {@code REQUEST} authorizer on a WebSocket API's {@code $connect} route, as {@code
 * AWS::ApiGatewayV2::Authorizer} with {@code AuthorizerType: REQUEST} declares it.
 *
 * <p>Mirrors "Control access to WebSocket APIs with AWS Lambda REQUEST authorizers": the function
 * receives the {@code REQUEST} input with a {@code methodArn} ending in {@code /$connect}; a
 * missing identity source refuses the connection with 401 without invoking it; an {@code Allow}
 * policy for the method ARN accepts the connection and its {@code principalId} and {@code context}
 * appear in {@code requestContext.authorizer} of every later event of that connection; a {@code
 * Deny} (or no matching statement) refuses with 403; the function failing with the message {@code
 * Unauthorized} refuses with 401; any other failure, or an output that is not a valid policy
 * response, with 500. The policy is evaluated as for REST APIs' Lambda authorizers ({@link
 * dev.hangar.gateway.Authorizer}), by the same code.
 *
 * <p>Unlike REST API authorizers, a WebSocket authorizer's results are not cached: the function
 * runs for every connection attempt ({@code AuthorizerResultTtlInSeconds} is "supported only for
 * HTTP API Lambda authorizers", API Gateway V2 API reference, "Authorizer").
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class WebSocketAuthorizer {
  private static final Pattern SOURCE =
      Pattern.compile("route\\.request\\.(header|querystring)\\.[^\\s]+");

  private final String functionName;
  private final List<String> identitySources;

  private WebSocketAuthorizer(String functionName, List<String> identitySources) {
    this.functionName = functionName;
    this.identitySources = List.copyOf(identitySources);
  }

  /**
   * A Lambda {@code REQUEST} authorizer with no identity source.
   *
   * @param functionName the authorizer function's name as registered with the harness
   * @return the authorizer, never null
   * @throws IllegalArgumentException when the name is blank
   */
  public static WebSocketAuthorizer lambdaRequest(String functionName) {
    Objects.requireNonNull(functionName, "functionName");
    if (functionName.isBlank()) {
      throw new IllegalArgumentException("A WebSocket authorizer needs a function name");
    }
    return new WebSocketAuthorizer(functionName, List.of());
  }

  /**
   * A copy that also requires an identity source ({@code IdentitySource}), for example {@code
   * route.request.header.Auth} or {@code route.request.querystring.token}.
   *
   * @param source the identity source expression
   * @return a new authorizer, never null
   * @throws IllegalArgumentException when the expression is not a header or query string source
   */
  public WebSocketAuthorizer withIdentitySource(String source) {
    Objects.requireNonNull(source, "source");
    if (!SOURCE.matcher(source).matches()) {
      throw new IllegalArgumentException(
          "Unsupported WebSocket identity source '"
              + source
              + "': use route.request.header.NAME"
              + " or route.request.querystring.NAME");
    }
    List<String> sources = new ArrayList<>(identitySources);
    sources.add(source);
    return new WebSocketAuthorizer(functionName, sources);
  }

  /**
   * The authorizer function's name.
   *
   * @return the name, never null
   */
  public String functionName() {
    return functionName;
  }

  /**
   * The identity sources that must be present for the function to be invoked.
   *
   * @return the sources in declaration order, never null and not modifiable
   */
  public List<String> identitySources() {
    return identitySources;
  }

  @Override
  public String toString() {
    return "WebSocketAuthorizer[" + functionName + ", identitySources=" + identitySources + "]";
  }
}
