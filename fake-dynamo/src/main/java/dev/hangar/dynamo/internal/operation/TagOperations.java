package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.table.Table;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** TagResource, UntagResource and ListTagsOfResource, for tables addressed by their ARN. */
public final class TagOperations {
  private static final String INVALID = "One or more parameter values were invalid: ";

  private final ServiceState state;

  /**
   * Operations over shared state.
   *
   * @param state the fake's state
   */
  public TagOperations(ServiceState state) {
    this.state = state;
  }

  /** TagResource. */
  public void tagResource(ObjectNode request, JsonGenerator out) throws IOException {
    String arn = JsonShapes.string(request, "ResourceArn");
    List<TagParameters.Tag> tags = TagParameters.read(request, "Tags");
    ParameterCheck check = new ParameterCheck().notNull(arn, "resourceArn").notNull(tags, "tags");
    if (arn != null) {
      check.length(arn, arn.length(), "resourceArn", 1, 1283);
    }
    if (tags != null) {
      TagParameters.checkShapes(tags, "tags", check);
    }
    check.throwIfAny();
    if (tags.isEmpty()) {
      throw DynamoException.validation("Atleast one Tag needs to be provided as Input.");
    }
    Table table = table(arn);
    String tableArn = table.definition().arn();
    state.tags().change(tableArn, current -> {
      TagParameters.check(tags, current);
      tags.forEach(tag -> current.put(tag.key(), tag.value()));
    });
    out.writeStartObject();
    out.writeEndObject();
  }

  /** UntagResource. */
  public void untagResource(ObjectNode request, JsonGenerator out) throws IOException {
    String arn = JsonShapes.string(request, "ResourceArn");
    List<String> keys = JsonShapes.list(request, "TagKeys", JsonShapes::asString);
    ParameterCheck check = new ParameterCheck().notNull(arn, "resourceArn")
        .notNull(keys, "tagKeys");
    if (arn != null) {
      check.length(arn, arn.length(), "resourceArn", 1, 1283);
    }
    check.throwIfAny();
    if (keys.isEmpty()) {
      throw DynamoException.validation("Atleast one Tag Key needs to be provided as Input.");
    }
    Table table = table(arn);
    state.tags().change(table.definition().arn(), current -> keys.forEach(current::remove));
    out.writeStartObject();
    out.writeEndObject();
  }

  /** ListTagsOfResource. */
  public void listTagsOfResource(ObjectNode request, JsonGenerator out) throws IOException {
    String arn = JsonShapes.string(request, "ResourceArn");
    ParameterCheck check = new ParameterCheck().notNull(arn, "resourceArn");
    if (arn != null) {
      check.length(arn, arn.length(), "resourceArn", 1, 1283);
    }
    check.throwIfAny();
    Table table = table(arn);
    out.writeStartObject();
    out.writeArrayFieldStart("Tags");
    for (Map.Entry<String, String> tag : state.tags().of(table.definition().arn()).entrySet()) {
      out.writeStartObject();
      out.writeStringField("Key", tag.getKey());
      out.writeStringField("Value", tag.getValue());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** The table an ARN names, with DynamoDB's errors for ARNs that name no table. */
  private Table table(String arn) {
    if (!arn.startsWith("arn:")) {
      throw DynamoException.validation(INVALID + "ARNs must start with 'arn:': " + arn);
    }
    String[] parts = arn.split(":", 6);
    if (parts.length < 6 || !parts[2].equals("dynamodb")) {
      throw DynamoException.validation(INVALID + "Provided Arn is not a DynamoDB resource arn: "
          + arn);
    }
    String resource = parts[5];
    if (!resource.startsWith("table/") || resource.indexOf('/', "table/".length()) >= 0) {
      throw DynamoException.validation(INVALID + "Invalid resource arn provided, only table or"
          + " stream is accepted. Provided resource arn: " + arn);
    }
    Table table = state.catalog().find(resource.substring("table/".length()));
    if (table == null || !table.definition().arn().equals(arn)) {
      throw new DynamoException(DynamoException.DYNAMODB + "ResourceNotFoundException", 400,
          "Requested resource not found: ResourcArn: " + arn + " not found");
    }
    return table;
  }
}
