package dev.hangar.dynamo.internal.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hangar.dynamo.internal.error.DynamoException;
import dev.hangar.dynamo.internal.wire.JsonShapes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Tags as TagResource and CreateTable receive them, with DynamoDB's tag rules and messages. */
final class TagParameters {
  static final int MAX_TAGS = 50;
  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

  private TagParameters() {}

  /** One tag; either part may be null when the request omitted it. */
  record Tag(String key, String value) {}

  /** Reads a tag list, or null when absent. */
  static List<Tag> read(ObjectNode request, String member) {
    return JsonShapes.list(request, member, node -> {
      ObjectNode tag = JsonShapes.asStructure(node);
      return new Tag(JsonShapes.string(tag, "Key"), JsonShapes.string(tag, "Value"));
    });
  }

  /** Model validation of a tag list's members. */
  static void checkShapes(List<Tag> tags, String member, ParameterCheck check) {
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      String at = member + "." + (i + 1) + ".member.";
      if (tag.key() == null) {
        check.notNull(null, at + "key");
      } else {
        check.length(tag.key(), tag.key().length(), at + "key", 1, 128);
      }
      if (tag.value() == null) {
        check.notNull(null, at + "value");
      } else {
        check.length(tag.value(), tag.value().length(), at + "value", 0, 256);
      }
    }
  }

  /**
   * Checks tags about to be added to a resource that has {@code existing} tags.
   *
   * @param tags the new tags
   * @param existing the resource's tags now
   */
  static void check(List<Tag> tags, Map<String, String> existing) {
    ParameterCheck shapes = new ParameterCheck();
    checkShapes(tags, "tags", shapes);
    shapes.throwIfAny();
    Set<String> seen = new HashSet<>();
    for (Tag tag : tags) {
      if (!ALLOWED.matcher(tag.key()).matches()) {
        throw DynamoException.validation("The Tag Key provided is invalid, Key: " + tag.key());
      }
      if (!ALLOWED.matcher(tag.value()).matches()) {
        throw DynamoException.validation("The Tag Value provided is invalid, Value: " + tag.value());
      }
      if (tag.key().startsWith("aws:")) {
        throw DynamoException.validation("Tag Key cannot be prefixed with aws:, Key: " + tag.key());
      }
      if (!seen.add(tag.key())) {
        throw DynamoException.validation("Duplicate Tag Keys provided as input: Duplicate Tag Key"
            + " found " + tag.key());
      }
    }
    Set<String> after = new HashSet<>(existing.keySet());
    after.addAll(seen);
    if (after.size() > MAX_TAGS) {
      throw DynamoException.validation(
          "Number of Tags exceed the current limit for the provided ResourceArn");
    }
  }
}
