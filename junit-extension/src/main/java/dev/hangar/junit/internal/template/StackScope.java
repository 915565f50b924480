package dev.hangar.junit.internal.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What {@code Ref}, {@code Fn::GetAtt} and conditions resolve against in one stack: parameters,
 * pseudo parameters, conditions, and the physical ids and attributes of resources, generated the
 * way CloudFormation names them but deterministically (a hash of stack and logical id instead of
 * a random suffix), so a test sees the same names on every run.
 */
final class StackScope implements Intrinsics.Scope {
  private static final DateTimeFormatter STREAM_LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private final StackSettings settings;
  private final Map<String, Object> parameters;
  private final Map<String, Node> conditionNodes;
  private final Map<String, Boolean> conditions = new LinkedHashMap<>();
  private final Set<String> evaluatingConditions = new HashSet<>();
  private final Map<String, Node.Mapping> resources;
  private final Map<String, String> physicalIds = new LinkedHashMap<>();
  private final Set<String> namingResources = new HashSet<>();
  private final Node.Mapping mappings;
  private final Intrinsics intrinsics = new Intrinsics(this);

  StackScope(
      StackSettings settings,
      Map<String, Object> parameters,
      Map<String, Node> conditionNodes,
      Map<String, Node.Mapping> resources,
      Node.Mapping mappings) {
    this.settings = settings;
    this.parameters = parameters;
    this.conditionNodes = conditionNodes;
    this.resources = resources;
    this.mappings = mappings;
  }

  Intrinsics intrinsics() {
    return intrinsics;
  }

  String partition() {
    String region = settings.region();
    if (region.startsWith("cn-")) {
      return "aws-cn";
    }
    return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
  }

  String urlSuffix() {
    return settings.region().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  }

  @Override
  public Object ref(String name, Location where) {
    switch (name) {
      case "AWS::Region":
        return settings.region();
      case "AWS::AccountId":
        return settings.accountId();
      case "AWS::StackName":
        return settings.stackName();
      case "AWS::StackId":
        return "arn:" + partition() + ":cloudformation:" + settings.region() + ":"
            + settings.accountId() + ":stack/" + settings.stackName() + "/"
            + UUID.nameUUIDFromBytes(settings.stackName().getBytes(StandardCharsets.UTF_8));
      case "AWS::Partition":
        return partition();
      case "AWS::URLSuffix":
        return urlSuffix();
      case "AWS::NoValue":
        return Intrinsics.NO_VALUE;
      case "AWS::NotificationARNs":
        return List.of();
      default:
        break;
    }
    if (parameters.containsKey(name)) {
      return parameters.get(name);
    }
    if (resources.containsKey(name)) {
      return physicalId(name, where);
    }
    if (name.endsWith(".Stage") && isRestApi(name.substring(0, name.length() - ".Stage".length()))) {
      return stageName(name.substring(0, name.length() - ".Stage".length()), where);
    }
    if (name.startsWith("AWS::")) {
      throw new TemplateException(
          where, "the pseudo parameter " + name + " is not supported by Hangar");
    }
    throw new TemplateException(
        where,
        "Template format error: Unresolved resource dependencies ["
            + name
            + "] in the Resources block of the template");
  }

  @Override
  public Object getAtt(String logicalId, String attribute, Location where) {
    Node.Mapping resource = resources.get(logicalId);
    if (resource == null) {
      throw new TemplateException(
          where,
          "Template error: instance of Fn::GetAtt references undefined resource " + logicalId);
    }
    String type = TemplateLoader.type(logicalId, resource);
    String id = physicalId(logicalId, where);
    String prefix = "arn:" + partition() + ":";
    String regional = settings.region() + ":" + settings.accountId() + ":";
    switch (type + "." + attribute) {
      case "AWS::DynamoDB::Table.Arn":
      case "AWS::Serverless::SimpleTable.Arn":
        return prefix + "dynamodb:" + regional + "table/" + id;
      case "AWS::DynamoDB::Table.StreamArn":
        return streamArn(logicalId, resource, where);
      case "AWS::Serverless::Function.Arn":
        return prefix + "lambda:" + regional + "function:" + id;
      case "AWS::Serverless::Api.RootResourceId":
        return shortId("root:" + logicalId, 10);
      case "AWS::Serverless::HttpApi.ApiEndpoint":
      case "AWS::ApiGatewayV2::Api.ApiEndpoint":
        String scheme = isWebSocket(resource) ? "wss://" : "https://";
        return scheme + id + ".execute-api." + settings.region() + "." + urlSuffix();
      case "AWS::Serverless::HttpApi.ApiId":
      case "AWS::ApiGatewayV2::Api.ApiId":
        return id;
      case "AWS::IAM::Role.Arn":
        return prefix + "iam::" + settings.accountId() + ":role/" + id;
      case "AWS::Logs::LogGroup.Arn":
        return prefix + "logs:" + regional + "log-group:" + id + ":*";
      default:
        throw new TemplateException(
            where,
            "Template error: resource "
                + logicalId
                + " does not support attribute type "
                + attribute
                + " in Fn::GetAtt");
    }
  }

  private String streamArn(String logicalId, Node.Mapping resource, Location where) {
    Node properties = resource.get("Properties");
    Node stream =
        properties instanceof Node.Mapping p ? p.get("StreamSpecification") : null;
    if (stream == null) {
      throw new TemplateException(
          where,
          "Template error: resource "
              + logicalId
              + " has no StreamSpecification, so it has no StreamArn; add"
              + " StreamSpecification: {StreamViewType: NEW_AND_OLD_IMAGES}");
    }
    return getAtt(logicalId, "Arn", where) + "/stream/" + STREAM_LABEL.format(settings.createdAt());
  }

  private boolean isRestApi(String logicalId) {
    Node.Mapping resource = resources.get(logicalId);
    return resource != null
        && TemplateLoader.REST_API.equals(TemplateLoader.type(logicalId, resource));
  }

  /** SAM's {@code !Ref Api.Stage} property reference: the name of the API's stage. */
  private String stageName(String apiLogicalId, Location where) {
    Node properties = resources.get(apiLogicalId).get("Properties");
    Node stage = properties instanceof Node.Mapping p ? p.get("StageName") : null;
    if (stage == null) {
      throw new TemplateException(
          where, "resource " + apiLogicalId + " has no StageName, so " + apiLogicalId
              + ".Stage names no stage; add StageName to it");
    }
    return intrinsics.text(stage);
  }

  /**
   * The value API Gateway generates for an API key created without one: 40 letters and digits,
   * here derived from the stack and the key's logical id so every run sees the same value.
   */
  String generatedApiKeyValue(String logicalId) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder();
    for (int round = 0; out.length() < 40; round++) {
      for (byte b : digest("apikey:" + logicalId + "#" + round)) {
        if (out.length() < 40) {
          out.append(alphabet.charAt((b & 0xff) % alphabet.length()));
        }
      }
    }
    return out.toString();
  }

  private static boolean isWebSocket(Node.Mapping resource) {
    Node properties = resource.get("Properties");
    Node protocol = properties instanceof Node.Mapping p ? p.get("ProtocolType") : null;
    return protocol instanceof Node.Scalar s && "WEBSOCKET".equals(s.value());
  }

  /** The physical id {@code !Ref} gives for a resource. */
  String physicalId(String logicalId, Location where) {
    String known = physicalIds.get(logicalId);
    if (known != null) {
      return known;
    }
    if (!namingResources.add(logicalId)) {
      throw new TemplateException(
          where, "Template error: circular dependency while naming resource " + logicalId);
    }
    try {
      String id = name(logicalId, resources.get(logicalId));
      physicalIds.put(logicalId, id);
      return id;
    } finally {
      namingResources.remove(logicalId);
    }
  }

  private String name(String logicalId, Node.Mapping resource) {
    String type = TemplateLoader.type(logicalId, resource);
    switch (type) {
      case "AWS::DynamoDB::Table":
      case "AWS::Serverless::SimpleTable":
        return tableName(explicitName(resource, "TableName", logicalId, 255 - settings.tableNamePrefix().length()));
      case "AWS::Serverless::Function":
        return explicitName(resource, "FunctionName", logicalId, 64);
      case "AWS::IAM::Role":
        return explicitName(resource, "RoleName", logicalId, 64);
      case "AWS::Logs::LogGroup":
        return explicitName(resource, "LogGroupName", logicalId, 512);
      case "AWS::Serverless::Api":
      case "AWS::Serverless::HttpApi":
      case "AWS::ApiGatewayV2::Api":
        // Scoped per harness: execute-api hosts are JVM-wide, and harnesses of one template may be
        // open at once (parallel tests); a handler's URL from !Sub still reaches its own harness.
        String scope = settings.harnessScope();
        return shortId(scope.isEmpty() ? "api:" + logicalId : "api:" + scope + ":" + logicalId, 10);
      case "AWS::ApiGateway::ApiKey":
        return shortId("apikey:" + logicalId, 10);
      case "AWS::ApiGateway::UsagePlan":
        return shortId("usageplan:" + logicalId, 6);
      default:
        return shortId(type + ":" + logicalId, 7);
    }
  }

  private String tableName(String name) {
    return settings.tableNamePrefix() + name;
  }

  private String explicitName(Node.Mapping resource, String property, String logicalId, int max) {
    Node properties = resource.get("Properties");
    Node name = properties instanceof Node.Mapping p ? p.get(property) : null;
    if (name != null) {
      return intrinsics.text(name);
    }
    String generated =
        settings.stackName() + "-" + logicalId + "-" + shortId(logicalId, 12).toUpperCase(java.util.Locale.ROOT);
    return generated.length() <= max ? generated : generated.substring(generated.length() - max);
  }

  /** A stable id of lower-case letters and digits, derived from the stack and a key. */
  String shortId(String key, int length) {
    byte[] hash = digest(key);
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
    }
    return out.toString();
  }

  private byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((settings.stackName() + "/" + key).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public boolean condition(String name, Location where) {
    Boolean known = conditions.get(name);
    if (known != null) {
      return known;
    }
    Node node = conditionNodes.get(name);
    if (node == null) {
      throw new TemplateException(
          where,
          "the condition "
              + name
              + " is not defined; declare it in the Conditions section of the template");
    }
    if (!evaluatingConditions.add(name)) {
      throw new TemplateException(where, "the condition " + name + " depends on itself");
    }
    try {
      boolean value = intrinsics.truth(node);
      conditions.put(name, value);
      return value;
    } finally {
      evaluatingConditions.remove(name);
    }
  }

  Map<String, Boolean> allConditions() {
    for (Map.Entry<String, Node> entry : conditionNodes.entrySet()) {
      condition(entry.getKey(), entry.getValue().where());
    }
    return conditions;
  }

  @Override
  public Node.Mapping mappings() {
    return mappings;
  }

  /** The settings of the stack being loaded. */
  record StackSettings(
      String stackName,
      String region,
      String accountId,
      Instant createdAt,
      String harnessScope,
      String tableNamePrefix) {}
}
