package dev.hangar.junit;

/**
 * How an assertion's failure message writes items: as plain JSON ({@code {"id": "o-1", "total":
 * 5}}) or as DynamoDB JSON ({@code {"id": {"S": "o-1"}, "total": {"N": "5"}}}), the notation of
 * the DynamoDB API reference's "Data types" and of DynamoDB Streams records.
 *
 * @since 0.1.0
 */
public enum JsonStyle {
  /** Plain JSON: numbers as numbers, binaries as Base64 text, sets as arrays. */
  PLAIN,
  /** DynamoDB JSON: every value an object naming its type ({@code S}, {@code N}, {@code M}, ...). */
  DYNAMODB
}
