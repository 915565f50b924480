package dev.hangar.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HTTP APIs on payload 1.0, string results on 2.0, IAM-policy HTTP authorizers, throttling. */
class PayloadVariantsTest {
  private final TestFunctions functions =
      new TestFunctions()
          .ok("v1", "from 1.0")
          .json("text", event -> "Hello from Lambda!")
          .json(
              "iamAuth",
              event ->
                  Map.of(
                      "principalId", "p-1",
                      "policyDocument",
                          Map.of(
                              "Version", "2012-10-17",
                              "Statement",
                                  List.of(
                                      Map.of(
                                          "Effect", "Allow",
                                          "Action", "execute-api:*",
                                          "Resource", "arn:aws:execute-api:*:*:*/*/GET/open/*"))),
                      "context", Map.of("k", "v")));
  private final Fixture fixture =
      new Fixture(
          functions,
          ApiDefinition.http("legacy").payloadFormatVersion("1.0").route("GET /items/{id}", "v1").build(),
          ApiDefinition.http("modern")
              .authorizer(Authorizer.httpLambda("iam", "iamAuth").iamPolicyResponses())
              .route("GET /text", "text")
              .route(Route.of("GET /open/{id}", "v1").authorizer("iam"))
              .route(Route.of("GET /closed/{id}", "v1").authorizer("iam"))
              .build(),
          ApiDefinition.rest("staged")
              .stage("dev", Map.of("fn", "v1"))
              .stage("prod", Map.of())
              .route("GET /by-variable", "${stageVariables.fn}")
              .build(),
          ApiDefinition.rest("limited")
              .route("GET /x", "v1")
              .route(Route.of("GET /y", "v1").throttle(1, 2))
              .throttle(1, 1)
              .build());

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void httpApiOnPayload10_sendsAVersion10EventWithMultiValueMaps() {
    GatewayResponse response =
        fixture.api("legacy").request("GET", "/items/7?a=1&a=2").header("X-H", "1").header("X-H", "2").send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("from 1.0");
    JsonNode event = functions.last("v1");
    assertThat(event.get("resource").asText()).isEqualTo("/items/{id}");
    assertThat(event.at("/pathParameters/id").asText()).isEqualTo("7");
    assertThat(event.at("/multiValueQueryStringParameters/a").toString()).isEqualTo("[\"1\",\"2\"]");
    assertThat(event.at("/multiValueHeaders/x-h").toString()).isEqualTo("[\"1\",\"2\"]");
    assertThat(event.get("version").asText()).isEqualTo("1.0");
  }

  @Test
  void payload20_stringResult_isTheBody() {
    GatewayResponse response = fixture.api("modern").get("/text");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("Hello from Lambda!");
    assertThat(response.header("content-type")).contains("application/json");
  }

  @Test
  void httpLambdaAuthorizer_iamPolicy_isEvaluatedAgainstTheRouteArn() {
    GatewayResponse open =
        fixture.api("modern").request("GET", "/open/1").header("Authorization", "t").send();
    assertThat(open.status()).isEqualTo(200);
    assertThat(functions.last("v1").at("/requestContext/authorizer/lambda/k").asText()).isEqualTo("v");
    GatewayResponse closed =
        fixture.api("modern").request("GET", "/closed/1").header("Authorization", "t").send();
    assertThat(closed.status()).isEqualTo(403);
    assertThat(closed.body()).isEqualTo("{\"message\":\"Forbidden\"}");
  }

  @Test
  void stageThrottling_onTheHarnessClock_is429() {
    assertThat(fixture.api("limited").get("/x").status()).isEqualTo(200);
    GatewayResponse throttled = fixture.api("limited").get("/x");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.body()).isEqualTo("{\"message\":\"Too Many Requests\"}");
    fixture.clock.advance(Duration.ofSeconds(1));
    assertThat(fixture.api("limited").get("/x").status()).isEqualTo(200);
  }

  @Test
  void stageVariableInTheFunctionName_isResolvedPerStage() {
    assertThat(fixture.api("staged").get("/by-variable").body()).isEqualTo("from 1.0");
    GatewayResponse undefined = fixture.api("staged").stage("prod").get("/by-variable");
    assertThat(undefined.status()).isEqualTo(502);
    assertThat(fixture.gateway.traces().get(1).steps())
        .anySatisfy(step -> assertThat(step).contains("names a stage variable stage prod does not define"));
  }

  @Test
  void routeThrottling_replacesTheStagesLimits() {
    assertThat(fixture.api("limited").get("/y").status()).isEqualTo(200);
    assertThat(fixture.api("limited").get("/y").status()).isEqualTo(200);
    assertThat(fixture.api("limited").get("/y").status()).isEqualTo(429);
    assertThat(fixture.api("limited").get("/x").status()).isEqualTo(200);
  }
}
