package dev.hangar.harness.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hangar.harness.Harness;
import dev.hangar.harness.spi.InvokeOutcome;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandlerResolutionTest {
  private final Harness harness = Harness.builder().build();
  private final Lambda lambda = harness.lambda();

  @AfterEach
  void close() {
    harness.close();
  }

  private InvokeOutcome call(String handler, String json) {
    String name = "fn" + lambda.functions().size();
    lambda.register(FunctionDefinition.builder(name).handler(handler).build());
    return lambda.invokeJson(name, json);
  }

  private static String h(String nested) {
    return Handlers.class.getName() + "$" + nested;
  }

  @Test
  void requestHandler_withPojoTypes_deserialisesEventAndSerialisesResult() {
    InvokeOutcome outcome = call(h("TypedHandler"), "{\"id\":\"o-1\",\"quantity\":3,\"extra\":true}");
    assertThat(outcome.functionError()).isEmpty();
    assertThat(outcome.payloadAsString()).isEqualTo("{\"orderId\":\"o-1\",\"total\":30}");
  }

  @Test
  void requestHandler_typeArgumentsFromSuperclass_areResolved() {
    assertThat(call(h("InheritedTypesHandler"), "{\"id\":\"o-2\"}").payloadAsString())
        .isEqualTo("\"order o-2\"");
  }

  @Test
  void requestHandler_withUnboundTypeVariable_failsWithRuntimeMessage() {
    InvokeOutcome outcome = call(h("GenericHandler"), "{}");
    assertThat(outcome.functionError()).contains("Unhandled");
    assertThat(outcome.payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Class "
                + h("GenericHandler")
                + " does not implement RequestHandler with concrete type parameters: parameter T has"
                + " no upper bound.\"}");
  }

  @Test
  void requestHandler_raw_failsWithRuntimeMessage() {
    assertThat(call(h("RawHandler"), "{}").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Class "
                + h("RawHandler")
                + " does not implement RequestHandler with concrete type parameters\"}");
  }

  @Test
  void requestStreamHandler_getsRawBytes() {
    assertThat(call(h("StreamHandler"), "[1,2]").payloadAsString()).isEqualTo("{\"echo\":[1,2]}");
  }

  @Test
  void classOnly_withoutHandlerInterface_failsWithRuntimeMessage() {
    assertThat(call(h("NotAHandler"), "{}").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Class does not implement an appropriate handler interface: "
                + h("NotAHandler")
                + "\"}");
  }

  @Test
  void missingClass_failsWithClassNotFound() {
    assertThat(call("com.example.Missing::handle", "{}").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Class not found: com.example.Missing\","
                + "\"errorType\":\"java.lang.ClassNotFoundException\"}");
  }

  @Test
  void emptyMethod_isAnInvalidHandler() {
    assertThat(call(h("Pojo") + "::", "{}").payloadAsString())
        .isEqualTo("{\"errorMessage\":\"Invalid handler: `" + h("Pojo") + "::'\"}");
  }

  @Test
  void noPublicConstructor_failsWithRuntimeMessage() {
    assertThat(call(h("NoDefaultConstructor"), "\"x\"").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Class "
                + h("NoDefaultConstructor")
                + " has no public zero-argument constructor\",\"errorType\":\"java.lang.Exception\"}");
  }

  @Test
  void throwingConstructor_isAnInitError_andTheNextInvocationStartsColdAgain() {
    InvokeOutcome first = call(h("ThrowingConstructor"), "\"x\"");
    assertThat(first.payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"no config\",\"errorType\":\"java.lang.IllegalStateException\"}");
    lambda.invokeJson("fn0", "\"x\"");
    assertThat(lambda.invocations("fn0")).extracting(InvocationRecord::coldStart).containsExactly(true, true);
  }

  @Test
  void failingStaticInitialiser_isAnInitError() {
    lambda.register(
        FunctionDefinition.builder("init").handler(Handlers.StaticInitFails.class).isolatedClassLoader(true).build());
    assertThat(lambda.invokeJson("init", "\"x\"").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Error loading class "
                + h("StaticInitFails")
                + "\",\"errorType\":\"java.lang.ExceptionInInitializerError\"}");
    // A new environment (its own class loader here) runs the static initialiser again.
    assertThat(lambda.invokeJson("init", "\"x\"").payloadAsString())
        .contains("java.lang.ExceptionInInitializerError");
    assertThat(lambda.invocations("init")).extracting(InvocationRecord::coldStart).containsExactly(true, true);
    assertThat(lambda.invocations("init").get(0).log())
        .contains("Error loading class " + h("StaticInitFails") + ": java.lang.ExceptionInInitializerError");
  }

  @Test
  void pojoMethod_prefersTheOverloadEndingWithContext() {
    assertThat(call(h("Pojo") + "::greet", "\"ada\"").payloadAsString())
        .isEqualTo("\"hello ada from fn0\"");
  }

  @Test
  void pojoMethod_staticWithGenericParameter() {
    assertThat(call(h("Pojo") + "::count", "[\"a\",\"b\",\"c\"]").payloadAsString()).isEqualTo("3");
  }

  @Test
  void pojoMethod_streamsWithoutContext() {
    assertThat(call(h("Pojo") + "::streams", "{\"a\":1}").payloadAsString()).isEqualTo("{\"a\":1}");
  }

  @Test
  void pojoMethod_noArguments() {
    assertThat(call(h("Pojo") + "::noArgs", "{}").payloadAsString()).isEqualTo("\"none\"");
  }

  @Test
  void pojoMethod_contextOnly() {
    InvokeOutcome outcome = call(h("Pojo") + "::onlyContext", "{}");
    assertThat(outcome.payloadAsString()).isEqualTo("\"" + outcome.requestId() + "\"");
  }

  @Test
  void pojoMethod_void_returnsNull() {
    assertThat(call(h("Pojo") + "::consume", "{\"k\":1}").payloadAsString()).isEqualTo("null");
  }

  @Test
  void pojoMethod_twoNonContextParameters_isNotAnAcceptedShape() {
    assertThat(call(h("Pojo") + "::badShape", "{}").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"No public method named badShape with appropriate method signature"
                + " found on class "
                + h("Pojo")
                + "\"}");
  }

  @Test
  void pojoMethod_missing_failsWithRuntimeMessage() {
    assertThat(call(h("Pojo") + "::nope", "{}").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"No public method named nope with appropriate method signature"
                + " found on class "
                + h("Pojo")
                + "\"}");
  }

  @Test
  void unparseableEvent_isTheRuntimesJsonParsingError() {
    InvokeOutcome outcome = call(h("TypedHandler"), "{\"quantity\":\"many\"}");
    assertThat(outcome.payloadAsString())
        .startsWith(
            "{\"errorMessage\":\"An error occurred during JSON parsing\","
                + "\"errorType\":\"java.lang.RuntimeException\",\"stackTrace\":[");
  }

  @Test
  void thrownException_becomesErrorPayloadWithStackTraceEndingAtTheHandler() {
    InvokeOutcome outcome = call(h("Pojo") + "::fails", "\"x\"");
    assertThat(outcome.functionError()).isEqualTo(Optional.of("Unhandled"));
    assertThat(outcome.payloadAsString())
        .startsWith(
            "{\"errorMessage\":\"bad input: x\",\"errorType\":\"java.lang.IllegalArgumentException\","
                + "\"stackTrace\":[\"dev.hangar.harness.lambda.Handlers$Pojo.fails(Handlers.java:")
        .doesNotContain("dev.hangar.harness.internal");
  }

  @Test
  void thrownException_reportsItsCauses() {
    assertThat(call(h("Pojo") + "::failsWithCause", "\"x\"").payloadAsString())
        .contains("\"cause\":{\"errorMessage\":\"java.io.IOException: disk\","
            + "\"errorType\":\"java.io.UncheckedIOException\"")
        .contains("\"cause\":{\"errorMessage\":\"disk\",\"errorType\":\"java.io.IOException\"");
  }

  @Test
  void exceptionWithoutMessage_usesTheClassNameAsMessage() {
    assertThat(call(h("Pojo") + "::failsWithoutMessage", "\"x\"").payloadAsString())
        .startsWith(
            "{\"errorMessage\":\"java.lang.UnsupportedOperationException\","
                + "\"errorType\":\"java.lang.UnsupportedOperationException\"");
  }

  @Test
  void outOfMemoryError_isReportedAndEndsTheEnvironment() {
    InvokeOutcome outcome = call(h("Pojo") + "::oom", "\"x\"");
    assertThat(outcome.payloadAsString())
        .startsWith("{\"errorMessage\":\"Java heap space\",\"errorType\":\"java.lang.OutOfMemoryError\"");
    lambda.invokeJson("fn0", "\"x\"");
    assertThat(lambda.invocations("fn0")).extracting(InvocationRecord::coldStart).containsExactly(true, true);
  }

  @Test
  void responseOverSixMegabytes_isTheRuntimesSizeError() {
    assertThat(call(h("Pojo") + "::huge", "\"x\"").payloadAsString())
        .isEqualTo(
            "{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size"
                + " (6291556 bytes).\",\"errorType\":\"Function.ResponseSizeTooLarge\"}");
  }

  @Test
  void instanceHandler_isUsedAsGiven() {
    Handlers.TypedHandler instance = new Handlers.TypedHandler();
    lambda.register(FunctionDefinition.builder("inst").handler(instance).build());
    assertThat(lambda.invokeJson("inst", "{\"id\":\"i\",\"quantity\":1}").payloadAsString())
        .isEqualTo("{\"orderId\":\"i\",\"total\":10}");
  }

  @Test
  void classHandlerWithMethod_resolvesLikeAHandlerString() {
    lambda.register(FunctionDefinition.builder("m").handler(Handlers.Pojo.class).method("noArgs").build());
    assertThat(lambda.function("m").orElseThrow().handler()).isEqualTo(h("Pojo") + "::noArgs");
    assertThat(lambda.invokeJson("m", "{}").payloadAsString()).isEqualTo("\"none\"");
  }
}
