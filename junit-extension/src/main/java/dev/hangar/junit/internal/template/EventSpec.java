package dev.hangar.junit.internal.template;

import java.util.List;
import java.util.Map;

/** An event source of a function ({@code Events} of {@code AWS::Serverless::Function}). */
public sealed interface EventSpec permits EventSpec.Api, EventSpec.HttpApi, EventSpec.DynamoDb {

  /** The event's key under {@code Events}. */
  String name();

  /**
   * A REST API route (event type {@code Api}).
   *
   * @param name the event's key
   * @param restApiLogicalId the API ({@code ServerlessRestApi} when implicit)
   * @param path the resource path, for example {@code /orders/{id}}
   * @param method the HTTP method in upper case, or {@code ANY}
   * @param authorizer the authorizer name, {@code NONE}, or null for the API's default
   * @param apiKeyRequired the event's {@code Auth.ApiKeyRequired}, or null when it does not say (the
   *     API's {@code Auth.ApiKeyRequired} then applies; an explicit false overrides it, as in SAM)
   * @param cacheKeyParameters the {@code RequestParameters} marked {@code Caching: true}, such as
   *     {@code method.request.path.id}
   */
  record Api(
      String name,
      String restApiLogicalId,
      String path,
      String method,
      String authorizer,
      Boolean apiKeyRequired,
      List<String> cacheKeyParameters)
      implements EventSpec {
    /** Copies the parameters. */
    public Api {
      cacheKeyParameters = List.copyOf(cacheKeyParameters);
    }

    /** A route without cache key parameters. */
    public Api(
        String name,
        String restApiLogicalId,
        String path,
        String method,
        String authorizer,
        Boolean apiKeyRequired) {
      this(name, restApiLogicalId, path, method, authorizer, apiKeyRequired, List.of());
    }
  }

  /**
   * An HTTP API route (event type {@code HttpApi}).
   *
   * @param name the event's key
   * @param httpApiLogicalId the API ({@code ServerlessHttpApi} when implicit)
   * @param path the path, or null for the {@code $default} route
   * @param method the method in upper case, {@code ANY}, or null for {@code $default}
   * @param authorizer the authorizer name, {@code NONE}, or null for the API's default
   * @param authorizationScopes the scopes a JWT must carry
   * @param payloadFormatVersion {@code 2.0} (the default) or {@code 1.0}
   */
  record HttpApi(
      String name,
      String httpApiLogicalId,
      String path,
      String method,
      String authorizer,
      List<String> authorizationScopes,
      String payloadFormatVersion)
      implements EventSpec {
    /** Copies the scopes. */
    public HttpApi {
      authorizationScopes = List.copyOf(authorizationScopes);
    }
  }

  /**
   * A DynamoDB stream trigger (event type {@code DynamoDB}).
   *
   * @param name the event's key
   * @param tableLogicalId the table whose stream triggers the function
   * @param startingPosition {@code TRIM_HORIZON} or {@code LATEST}
   * @param batchSize records per invocation (default 100)
   * @param enabled whether the mapping is enabled
   * @param maximumRetryAttempts retries of a failing batch, or null for infinite (until expiry)
   * @param reportBatchItemFailures whether {@code FunctionResponseTypes} holds {@code
   *     ReportBatchItemFailures}
   * @param filterPatterns the event filter patterns, as JSON texts
   * @param samProperties every property of the event with its intrinsics evaluated, for {@code
   *     EventSourceMapping.fromSamProperties}
   */
  record DynamoDb(
      String name,
      String tableLogicalId,
      String startingPosition,
      int batchSize,
      boolean enabled,
      Integer maximumRetryAttempts,
      boolean reportBatchItemFailures,
      List<String> filterPatterns,
      Map<String, Object> samProperties)
      implements EventSpec {
    /** Copies the patterns and properties. */
    public DynamoDb {
      filterPatterns = List.copyOf(filterPatterns);
      samProperties = Copies.map(samProperties);
    }
  }
}
