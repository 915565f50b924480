package dev.hangar.junit.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code AWS::DynamoDB::Table} and {@code AWS::Serverless::SimpleTable}. */
final class TableReader {
  private static final Set<String> TABLE_MODELLED =
      Set.of(
          "TableName", "AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes",
          "LocalSecondaryIndexes", "StreamSpecification", "TimeToLiveSpecification", "BillingMode",
          "ProvisionedThroughput", "Tags", "DeletionProtectionEnabled");
  private static final Set<String> TABLE_WITHOUT_LOCAL_EFFECT =
      Set.of(
          "SSESpecification", "PointInTimeRecoverySpecification", "TableClass", "ContributorInsightsSpecification");
  private static final Set<String> SIMPLE_MODELLED =
      Set.of("TableName", "PrimaryKey", "ProvisionedThroughput", "Tags");
  private static final Set<String> SIMPLE_WITHOUT_LOCAL_EFFECT = Set.of("SSESpecification");
  private static final Map<String, String> SIMPLE_TYPES =
      Map.of("String", "S", "Number", "N", "Binary", "B");

  private final StackReader stack;

  TableReader(StackReader stack) {
    this.stack = stack;
  }

  TableSpec table(String id, Props props) {
    props.allowOnly(TABLE_MODELLED, TABLE_WITHOUT_LOCAL_EFFECT);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Props definition : props.children("AttributeDefinitions")) {
      attributes.put(definition.string("AttributeName"), definition.string("AttributeType"));
    }
    List<TableSpec.IndexSpec> globals = indexes(props.children("GlobalSecondaryIndexes"));
    List<TableSpec.IndexSpec> locals = indexes(props.children("LocalSecondaryIndexes"));
    Props stream = props.child("StreamSpecification");
    String viewType = stream.has("StreamViewType") ? stream.string("StreamViewType") : null;
    Props ttl = props.child("TimeToLiveSpecification");
    String ttlAttribute =
        ttl.bool("Enabled", false) ? ttl.string("AttributeName") : null;
    String name = stack.scope().physicalId(id, props.where());
    String arn = (String) stack.scope().getAtt(id, "Arn", props.where());
    String streamArn =
        viewType == null ? null : (String) stack.scope().getAtt(id, "StreamArn", props.where());
    return new TableSpec(
        id,
        name,
        arn,
        keySchema(props.children("KeySchema"), props),
        attributes,
        globals,
        locals,
        viewType,
        streamArn,
        ttlAttribute,
        props.string("BillingMode", "PROVISIONED"),
        throughput(props),
        tagList(props),
        props.bool("DeletionProtectionEnabled", false));
  }

  /** {@code AWS::DynamoDB::Table} writes tags as a list of {@code Key}/{@code Value} pairs. */
  private static Map<String, String> tagList(Props props) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Props tag : props.children("Tags")) {
      tag.allowOnly(Set.of("Key", "Value"), Set.of());
      tags.put(tag.string("Key"), tag.string("Value", ""));
    }
    return tags;
  }

  TableSpec simpleTable(String id, Props props) {
    props.allowOnly(SIMPLE_MODELLED, SIMPLE_WITHOUT_LOCAL_EFFECT);
    Props key = props.child("PrimaryKey");
    String keyName = key.string("Name", "id");
    String keyType = key.string("Type", "String");
    String type = SIMPLE_TYPES.get(keyType);
    if (type == null) {
      throw new TemplateException(
          key.at("Type"),
          props.owner() + " PrimaryKey Type is '" + keyType + "'; it must be String, Number or Binary");
    }
    return new TableSpec(
        id,
        stack.scope().physicalId(id, props.where()),
        (String) stack.scope().getAtt(id, "Arn", props.where()),
        List.of(new TableSpec.KeyElement(keyName, "HASH")),
        Map.of(keyName, type),
        List.of(),
        List.of(),
        null,
        null,
        null,
        props.has("ProvisionedThroughput") ? "PROVISIONED" : "PAY_PER_REQUEST",
        throughput(props),
        // SAM writes a SimpleTable's tags as a map.
        props.stringMap("Tags"),
        false);
  }

  private List<TableSpec.IndexSpec> indexes(List<Props> list) {
    List<TableSpec.IndexSpec> out = new ArrayList<>();
    for (Props index : list) {
      Props projection = index.child("Projection");
      out.add(
          new TableSpec.IndexSpec(
              index.string("IndexName"),
              keySchema(index.children("KeySchema"), index),
              projection.string("ProjectionType", "KEYS_ONLY"),
              projection.strings("NonKeyAttributes"),
              throughput(index)));
    }
    return out;
  }

  private static TableSpec.Throughput throughput(Props owner) {
    if (!owner.has("ProvisionedThroughput")) {
      return null;
    }
    Props throughput = owner.child("ProvisionedThroughput");
    return new TableSpec.Throughput(
        throughput.integer("ReadCapacityUnits") == null ? 0 : throughput.integer("ReadCapacityUnits"),
        throughput.integer("WriteCapacityUnits") == null ? 0 : throughput.integer("WriteCapacityUnits"));
  }

  private static List<TableSpec.KeyElement> keySchema(List<Props> elements, Props owner) {
    if (elements.isEmpty()) {
      throw new TemplateException(owner.where(), owner.owner() + " has no KeySchema; add one");
    }
    List<TableSpec.KeyElement> out = new ArrayList<>();
    for (Props element : elements) {
      out.add(new TableSpec.KeyElement(element.string("AttributeName"), element.string("KeyType")));
    }
    out.sort((a, b) -> a.keyType().compareTo(b.keyType()));
    return out;
  }
}
