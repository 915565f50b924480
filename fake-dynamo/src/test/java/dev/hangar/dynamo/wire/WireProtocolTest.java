package dev.hangar.dynamo.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JSON 1.0 protocol below the SDK: errors' shapes, headers, malformed bodies. */
class WireProtocolTest {
  private final WireRequests wire = new WireRequests();

  @AfterEach
  void close() {
    wire.close();
  }

  @Test
  void response_carriesCrc32OfBody_requestId_andJsonContentType() {
    ServiceResponse response = wire.send("ListTables", "{}");
    CRC32 crc = new CRC32();
    crc.update(response.body());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("x-amz-crc32")).hasValue(Long.toString(crc.getValue()));
    assertThat(response.headers().first("x-amzn-RequestId")).isPresent();
    assertThat(response.headers().first("Content-Type")).hasValue("application/x-amz-json-1.0");
    assertThat(response.bodyAsString()).isEqualTo("{\"TableNames\":[]}");
  }

  @Test
  void unknownOperation_isUnknownOperationException() {
    ServiceResponse response = wire.send("FlyToTheMoon", "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(WireRequests.json(response).get("__type").asText())
        .isEqualTo("com.amazon.coral.service#UnknownOperationException");
  }

  @Test
  void malformedJson_isSerializationException() {
    ServiceResponse response = wire.send("ListTables", "{\"Limit\": ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(WireRequests.json(response).get("__type").asText())
        .isEqualTo("com.amazon.coral.service#SerializationException");
  }

  @Test
  void numberWhereStringExpected_isSerializationExceptionWithCoralText() {
    ServiceResponse response = wire.send("DescribeTable", "{\"TableName\": 12}");
    JsonNode error = WireRequests.json(response);
    assertThat(error.get("__type").asText())
        .isEqualTo("com.amazon.coral.service#SerializationException");
    assertThat(error.get("message").asText())
        .isEqualTo("class java.lang.Short can not be converted to an String");
  }

  @Test
  void structureWhereStringExpected_isSerializationException() {
    ServiceResponse response = wire.send("DescribeTable", "{\"TableName\": {}}");
    assertThat(WireRequests.json(response).get("message").asText())
        .isEqualTo("Start of structure or map found where not expected.");
  }

  @Test
  void validationError_usesCoralValidateNamespace() {
    ServiceResponse response = wire.send("DescribeTable", "{}");
    JsonNode error = WireRequests.json(response);
    assertThat(error.get("__type").asText())
        .isEqualTo("com.amazon.coral.validate#ValidationException");
    assertThat(error.get("message").asText()).isEqualTo("1 validation error detected: Value null"
        + " at 'tableName' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void attributeValueWithTwoTypes_isRejected() {
    wire.send("CreateTable", "{\"TableName\":\"t1\",\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],"
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}]}");
    ServiceResponse response = wire.send("PutItem",
        "{\"TableName\":\"t1\",\"Item\":{\"pk\":{\"S\":\"a\"},\"x\":{\"S\":\"a\",\"N\":\"1\"}}}");
    assertThat(WireRequests.json(response).get("message").asText())
        .isEqualTo("Supplied AttributeValue has more than one datatypes set, must contain exactly"
            + " one of the supported datatypes");
  }

  @Test
  void nullMembers_areTreatedAsAbsent() {
    ServiceResponse response = wire.send("ListTables", "{\"Limit\":null}");
    assertThat(response.status()).isEqualTo(200);
  }
}
