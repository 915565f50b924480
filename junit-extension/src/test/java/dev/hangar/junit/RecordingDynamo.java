package dev.hangar.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in DynamoDB service for the extension's own tests: it records every DynamoDB request
 * the extension sends (operation and JSON body), creates tables by name, and refuses PutItem for a
 * table it does not know, with DynamoDB's error type and message.
 */
final class RecordingDynamo implements AwsService {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> calls = new CopyOnWriteArrayList<>();
  private final Set<String> tables = new HashSet<>();

  @Override
  public String name() {
    return "recording-dynamodb";
  }

  @Override
  public boolean handles(ServiceRequest request) {
    String target = request.header("X-Amz-Target");
    return target != null && target.startsWith("DynamoDB_20120810.");
  }

  @Override
  public synchronized ServiceResponse handle(ServiceRequest request) {
    String operation = request.header("X-Amz-Target").substring("DynamoDB_20120810.".length());
    calls.add(operation + " " + request.bodyAsString());
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String table = body.path("TableName").asText();
    if (operation.equals("CreateTable")) {
      tables.add(table);
      return ServiceResponse.json(200, "{\"TableDescription\":{\"TableName\":\"" + table + "\"}}");
    }
    if (!tables.contains(table)) {
      return ServiceResponse.json(
          400,
          "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
              + "\"message\":\"Requested resource not found\"}");
    }
    return ServiceResponse.json(200, "{}");
  }
}
