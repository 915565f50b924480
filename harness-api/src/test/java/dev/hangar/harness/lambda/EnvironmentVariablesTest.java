package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hangar.harness.Harness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnvironmentVariablesTest {
  private final Harness harness = Harness.builder().region("eu-west-1").build();
  private final Lambda lambda = harness.lambda();

  @AfterEach
  void close() {
    harness.close();
  }

  private void register(String name, String table) {
    lambda.register(
        FunctionDefinition.builder(name)
            .handler(Handlers.Pojo.class)
            .method("env")
            .environment("TABLE_NAME", table)
            .memorySize(512)
            .build());
  }

  @Test
  void twoFunctionsInvokedAlternately_eachSeeItsOwnValue() {
    register("orders", "orders-table");
    register("users", "users-table");
    for (int i = 0; i < 3; i++) {
      assertThat(lambda.invoke("orders", "TABLE_NAME", String.class)).isEqualTo("orders-table");
      assertThat(lambda.invoke("users", "TABLE_NAME", String.class)).isEqualTo("users-table");
    }
    assertThat(System.getenv("TABLE_NAME")).isNull();
  }

  @Test
  void reservedVariables_describeTheFunction() {
    register("orders", "t");
    assertThat(lambda.invoke("orders", "AWS_LAMBDA_FUNCTION_NAME", String.class)).isEqualTo("orders");
    assertThat(lambda.invoke("orders", "AWS_REGION", String.class)).isEqualTo("eu-west-1");
    assertThat(lambda.invoke("orders", "AWS_DEFAULT_REGION", String.class)).isEqualTo("eu-west-1");
    assertThat(lambda.invoke("orders", "_HANDLER", String.class))
        .isEqualTo(Handlers.Pojo.class.getName() + "::env");
    assertThat(lambda.invoke("orders", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.class)).isEqualTo("512");
    assertThat(lambda.invoke("orders", "AWS_LAMBDA_FUNCTION_VERSION", String.class)).isEqualTo("$LATEST");
    assertThat(lambda.invoke("orders", "AWS_LAMBDA_LOG_GROUP_NAME", String.class))
        .isEqualTo("/aws/lambda/orders");
    assertThat(lambda.invoke("orders", "AWS_EXECUTION_ENV", String.class)).isEqualTo("AWS_Lambda_java21");
    assertThat(lambda.invoke("orders", "AWS_LAMBDA_LOG_STREAM_NAME", String.class))
        .matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
  }

  @Test
  void staticInitialiser_seesTheFunctionsVariables() {
    lambda.register(
        FunctionDefinition.builder("static-config")
            .handler(Handlers.StaticConfig.class)
            .environment("TABLE_NAME", "from-init")
            .build());
    assertThat(lambda.invoke("static-config", "x", String.class))
        .isEqualTo("from-init/from-init/static-config");
  }

  @Test
  void reservedKeysInConfiguration_areRefusedWithLambdasMessage() {
    FunctionDefinition definition =
        FunctionDefinition.builder("bad")
            .handler(Handlers.Pojo.class)
            .environment("AWS_REGION", "x")
            .environment("AWS_LAMBDA_FUNCTION_NAME", "y")
            .build();
    assertThatThrownBy(() -> lambda.register(definition))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Lambda was unable to configure your environment variables because the environment"
                + " variables you have provided contains reserved keys that are currently not"
                + " supported for modification. Reserved keys used in this request: AWS_REGION,"
                + " AWS_LAMBDA_FUNCTION_NAME");
  }

  @Test
  void invalidVariableName_failsAtOnce() {
    assertThatThrownBy(() -> FunctionDefinition.builder("f").environment("1BAD", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Function f: invalid environment variable name '1BAD' (Lambda requires"
                + " [a-zA-Z]([a-zA-Z0-9_])+)");
  }
}
