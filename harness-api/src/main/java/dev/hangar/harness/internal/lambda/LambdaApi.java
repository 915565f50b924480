package dev.hangar.harness.internal.lambda;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hangar.harness.internal.ErrorJson;
import dev.hangar.harness.lambda.FunctionDefinition;
import dev.hangar.harness.lambda.FunctionNotFoundException;
import dev.hangar.harness.lambda.LambdaServiceException;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.HttpHeaders;
import dev.hangar.harness.spi.InvokeOutcome;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lambda's REST-JSON API for the harness's functions, as the AWS SDK's {@code LambdaClient} calls
 * it (AWS documentation: "Invoke", "GetFunction", "ListFunctions"). Other operations answer with
 * an error that names them.
 */
public final class LambdaApi implements AwsService {
  private static final String PREFIX = "/2015-03-31/functions";
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter LAST_MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

  private final FunctionRegistry registry;

  /**
   * The API over a registry.
   *
   * @param registry the harness's functions
   */
  public LambdaApi(FunctionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "lambda";
  }

  @Override
  public boolean handles(ServiceRequest request) {
    String path = request.path();
    if (!path.equals(PREFIX) && !path.startsWith(PREFIX + "/")) {
      return false;
    }
    String authorization = request.header("Authorization");
    return authorization == null || authorization.contains("/lambda/aws4_request");
  }

  @Override
  public ServiceResponse handle(ServiceRequest request) {
    String rest = request.path().substring(PREFIX.length());
    Map<String, String> query = query(request.rawQuery());
    try {
      if (request.method().equals("GET") && (rest.isEmpty() || rest.equals("/"))) {
        return listFunctions(query);
      }
      String[] segments = rest.substring(rest.startsWith("/") ? 1 : 0).split("/", -1);
      String function = decode(segments[0]);
      if (segments.length == 2 && segments[1].equals("invocations") && request.method().equals("POST")) {
        return invoke(request, qualified(function, query));
      }
      if (segments.length == 1 && request.method().equals("GET")) {
        return getFunction(qualified(function, query));
      }
      return error(
          400,
          "HangarUnsupportedOperation",
          "Hangar's Lambda fake supports Invoke, GetFunction and ListFunctions only; "
              + request.method() + " " + request.path() + " is not supported",
          "");
    } catch (FunctionNotFoundException e) {
      return error(404, "ResourceNotFoundException", e.getMessage(), "");
    } catch (LambdaServiceException e) {
      return error(e.statusCode(), e.errorCode(), e.getMessage(), e.reason());
    }
  }

  private static String qualified(String function, Map<String, String> query) {
    String qualifier = query.get("Qualifier");
    return qualifier == null ? function : function + ":" + qualifier;
  }

  private ServiceResponse invoke(ServiceRequest request, String function) {
    String type = request.headers().first("X-Amz-Invocation-Type").orElse("RequestResponse");
    switch (type) {
      case "RequestResponse":
        return requestResponse(request, function);
      case "Event":
        String requestId = registry.invokeAsync(function, request.bodyAsString());
        return new ServiceResponse(
            202, HttpHeaders.builder().set("x-amzn-RequestId", requestId).build(), new byte[0]);
      case "DryRun":
        registry.dryRun(function);
        return new ServiceResponse(204, HttpHeaders.empty(), new byte[0]);
      default:
        return error(
            400,
            "ValidationException",
            "1 validation error detected: Value '" + type + "' at 'invocationType' failed to"
                + " satisfy constraint: Member must satisfy enum value set: [Event,"
                + " RequestResponse, DryRun]",
            "");
    }
  }

  private ServiceResponse requestResponse(ServiceRequest request, String function) {
    String clientContext =
        request.headers().first("X-Amz-Client-Context").map(LambdaApi::base64Decode).orElse(null);
    InvokeOutcome outcome = registry.invokeForApi(function, request.body(), clientContext);
    HttpHeaders.Builder headers =
        HttpHeaders.builder()
            .set("Content-Type", "application/json")
            .set("x-amzn-RequestId", outcome.requestId())
            .set("X-Amz-Executed-Version", "$LATEST");
    outcome.functionError().ifPresent(error -> headers.set("X-Amz-Function-Error", error));
    if ("Tail".equals(request.header("X-Amz-Log-Type"))) {
      headers.set(
          "X-Amz-Log-Result",
          Base64.getEncoder().encodeToString(outcome.logTail().getBytes(StandardCharsets.UTF_8)));
    }
    return new ServiceResponse(200, headers.build(), outcome.payload());
  }

  private static String base64Decode(String value) {
    try {
      return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new LambdaServiceException(
          "InvalidRequestContentException", 400, "Client context must be a valid Base64-encoded JSON object", "");
    }
  }

  private ServiceResponse getFunction(String function) {
    FunctionRuntime runtime =
        registry.find(function).orElseThrow(() -> new FunctionNotFoundException(registry.arnOf(function)));
    return json(
        200,
        g -> {
          g.writeStartObject();
          g.writeFieldName("Configuration");
          configuration(g, runtime);
          g.writeObjectFieldStart("Code");
          g.writeStringField("RepositoryType", "S3");
          g.writeStringField(
              "Location", "https://hangar.localhost/lambda/" + runtime.definition.name() + ".zip");
          g.writeEndObject();
          if (runtime.definition.reservedConcurrency().isPresent()) {
            g.writeObjectFieldStart("Concurrency");
            g.writeNumberField(
                "ReservedConcurrentExecutions", runtime.definition.reservedConcurrency().getAsInt());
            g.writeEndObject();
          }
          g.writeEndObject();
        });
  }

  private ServiceResponse listFunctions(Map<String, String> query) {
    int maxItems = 50;
    if (query.containsKey("MaxItems")) {
      try {
        maxItems = Integer.parseInt(query.get("MaxItems"));
      } catch (NumberFormatException e) {
        maxItems = -1;
      }
      if (maxItems < 1 || maxItems > 10000) {
        return error(
            400,
            "ValidationException",
            "1 validation error detected: Value '" + query.get("MaxItems") + "' at 'maxItems'"
                + " failed to satisfy constraint: Member must have value between 1 and 10000",
            "");
      }
    }
    List<FunctionRuntime> all = registry.runtimes();
    int start = 0;
    String marker = query.get("Marker");
    if (marker != null) {
      try {
        start = Integer.parseInt(marker);
      } catch (NumberFormatException e) {
        return error(400, "InvalidParameterValueException", "Invalid marker: " + marker, "");
      }
    }
    int from = Math.min(Math.max(start, 0), all.size());
    int end = Math.min(all.size(), from + maxItems);
    List<FunctionRuntime> page = all.subList(from, end);
    return json(
        200,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("Functions");
          for (FunctionRuntime runtime : page) {
            configuration(g, runtime);
          }
          g.writeEndArray();
          if (end < all.size()) {
            g.writeStringField("NextMarker", Integer.toString(end));
          }
          g.writeEndObject();
        });
  }

  private static void configuration(JsonGenerator g, FunctionRuntime runtime) throws IOException {
    FunctionDefinition d = runtime.definition;
    g.writeStartObject();
    g.writeStringField("FunctionName", d.name());
    g.writeStringField("FunctionArn", runtime.arn);
    g.writeStringField("Runtime", d.runtime());
    g.writeStringField("Role", runtime.arn.replaceFirst(":lambda:[^:]*:", ":iam::").replace(":function:", ":role/"));
    g.writeStringField("Handler", d.handler());
    g.writeNumberField("CodeSize", 0);
    g.writeStringField("Description", d.description());
    // Lambda reports whole seconds; sub-second timeouts (a Hangar extension for fast tests) round up.
    g.writeNumberField("Timeout", Math.max(1, (d.timeout().toMillis() + 999) / 1000));
    g.writeNumberField("MemorySize", d.memorySize());
    g.writeStringField("LastModified", LAST_MODIFIED.format(runtime.registeredAt));
    g.writeStringField("Version", "$LATEST");
    if (!d.environment().isEmpty()) {
      g.writeObjectFieldStart("Environment");
      g.writeObjectFieldStart("Variables");
      for (Map.Entry<String, String> e : d.environment().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeObjectFieldStart("TracingConfig");
    g.writeStringField("Mode", "PassThrough");
    g.writeEndObject();
    g.writeStringField("State", "Active");
    g.writeStringField("LastUpdateStatus", "Successful");
    g.writeStringField("PackageType", "Zip");
    g.writeArrayFieldStart("Architectures");
    g.writeString(d.architecture().label());
    g.writeEndArray();
    g.writeObjectFieldStart("EphemeralStorage");
    g.writeNumberField("Size", 512);
    g.writeEndObject();
    g.writeEndObject();
  }

  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static ServiceResponse json(int status, Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ServiceResponse.of(status, "application/json", out.toByteArray());
  }

  /** Lambda's REST-JSON error: the code in {@code x-amzn-ErrorType}, the message in the body. */
  private static ServiceResponse error(int status, String code, String message, String reason) {
    String body =
        "{"
            + (reason.isEmpty() ? "" : "\"Reason\":\"" + ErrorJson.escape(reason) + "\",")
            + "\"Type\":\"User\",\"message\":\""
            + ErrorJson.escape(message)
            + "\"}";
    return new ServiceResponse(
        status,
        HttpHeaders.builder()
            .set("Content-Type", "application/json")
            .set("x-amzn-ErrorType", code)
            .build(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      query.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return query;
  }

  /** Percent-decoding of a path segment or query value (a {@code +} stays a plus). */
  private static String decode(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        int value = Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
        if (value >= 0) {
          out.write(value);
          i += 2;
          continue;
        }
      }
      out.write(c);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
