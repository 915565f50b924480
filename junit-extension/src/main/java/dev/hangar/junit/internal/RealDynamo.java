package dev.hangar.junit.internal;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * DynamoDB and DynamoDB Streams for {@code hangar.target=aws}: every request that reaches the
 * harness (from the extension, injected clients, or handlers' {@code DynamoDbClient.create()}) is
 * signed again with the real credentials ("Signature Version 4 signing process") and sent, body
 * unchanged, to the real endpoint, whose answer goes back unchanged. So the answers, errors and
 * limits are the real service's, and handlers need no credentials of their own.
 */
final class RealDynamo implements AwsService {
  private static final String DYNAMODB = "DynamoDB_20120810.";
  private static final String STREAMS = "DynamoDBStreams_20120810.";
  /** Headers the JDK's HTTP client sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final RealEndpoints endpoints;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RealDynamo(RealEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @Override
  public String name() {
    return "dynamodb at " + endpoints.dynamoDb();
  }

  @Override
  public boolean handles(ServiceRequest request) {
    String target = request.header("X-Amz-Target");
    return target != null && (target.startsWith(DYNAMODB) || target.startsWith(STREAMS));
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    URI endpoint =
        request.header("X-Amz-Target").startsWith(STREAMS) ? endpoints.streams() : endpoints.dynamoDb();
    try {
      return send(endpoint, sign(endpoint, request));
    } catch (IOException e) {
      return unreachable(endpoint, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unreachable(endpoint, "interrupted");
    } catch (RuntimeException e) {
      // Credentials that cannot be found are the usual cause: say so instead of a bare 500.
      return unreachable(endpoint, e.getMessage());
    }
  }

  private SignedRequest sign(URI endpoint, ServiceRequest request) {
    SdkHttpRequest unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.POST)
            .uri(endpoint.resolve("/"))
            .putHeader("Content-Type", request.header("Content-Type"))
            .putHeader("X-Amz-Target", request.header("X-Amz-Target"))
            .build();
    return AwsV4HttpSigner.create()
        .sign(
            r ->
                r.request(unsigned)
                    .payload(ContentStreamProvider.fromByteArray(request.body()))
                    .identity(endpoints.credentials().resolveCredentials())
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
                    .putProperty(AwsV4HttpSigner.REGION_NAME, endpoints.region()));
  }

  private ServiceResponse send(URI endpoint, SignedRequest signed)
      throws IOException, InterruptedException {
    byte[] body;
    try (var in = signed.payload().orElseThrow().newStream()) {
      body = in.readAllBytes();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/"))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> header : signed.request().headers().entrySet()) {
      if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        header.getValue().forEach(value -> request.header(header.getKey(), value));
      }
    }
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpHeaders.Builder headers = HttpHeaders.builder();
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":") && !RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(name, value));
              }
            });
    return new ServiceResponse(response.statusCode(), headers.build(), response.body());
  }

  private static ServiceResponse unreachable(URI endpoint, String why) {
    String message =
        "Hangar could not reach the real DynamoDB endpoint "
            + endpoint
            + " ("
            + Target.PROPERTY
            + "=aws): "
            + why
            + "; check aws.endpointUrl / AWS_ENDPOINT_URL, the region and the credentials";
    return ServiceResponse.json(
        400,
        "{\"__type\":\"dev.hangar#HangarRealEndpointUnreachable\",\"message\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(message)
            + "}");
  }
}
