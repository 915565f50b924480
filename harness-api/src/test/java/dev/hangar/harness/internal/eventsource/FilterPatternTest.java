package dev.hangar.harness.internal.eventsource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lambda's filter rules (AWS documentation: "Control which events Lambda sends to your function",
 * "Using event filtering with a DynamoDB event source"; the operators are EventBridge's: "Amazon
 * EventBridge event patterns", "Comparison operators for use in event patterns"), one row per rule.
 */
class FilterPatternTest {
  /** A DynamoDB stream record as Lambda delivers it. */
  private static final String RECORD =
      """
      {"eventID":"1","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb",
       "awsRegion":"us-east-1",
       "dynamodb":{"ApproximateCreationDateTime":1700000000,
         "Keys":{"CustomerName":{"S":"AnyCompany Industries"}},
         "NewImage":{"CustomerName":{"S":"AnyCompany Industries"},
           "AccountManager":{"S":"Pat Candella"},"PaymentTerms":{"S":"60 days"},
           "Region":{"S":"us-west-2"},"File":{"S":"report.PNG"},"Path":{"S":"/usr/lib/x.so"},
           "Total":{"N":"300"},"Active":{"BOOL":true},"Nothing":{"NULL":true},
           "Tags":{"SS":["red","blue"]},"Empty":{"S":""},
           "Lines":{"L":[{"M":{"sku":{"S":"A"},"qty":{"N":"1"}}},{"M":{"sku":{"S":"B"},"qty":{"N":"2"}}}]}},
         "SequenceNumber":"111","SizeBytes":26,"StreamViewType":"NEW_IMAGE"},
       "eventSourceARN":"arn:aws:dynamodb:us-east-1:000000000000:table/t/stream/x",
       "extra":{"count":5,"price":300.0,"missing":null,"list":[1,2,3],"none":[]}}
      """;

  static Stream<Arguments> rules() {
    return Stream.of(
        // Equals: exact string, character for character.
        row("{\"eventName\":[\"INSERT\"]}", true),
        row("{\"eventName\":[\"insert\"]}", false),
        // Or: any value of the array.
        row("{\"eventName\":[\"MODIFY\",\"INSERT\"]}", true),
        // And: every field must match.
        row("{\"eventName\":[\"INSERT\"],\"awsRegion\":[\"eu-west-1\"]}", false),
        // Nested keys down to the DynamoDB type.
        row("{\"dynamodb\":{\"Keys\":{\"CustomerName\":{\"S\":[\"AnyCompany Industries\"]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"AccountManager\":{\"S\":[\"Pat Candella\",\"Shirley Rodriguez\"]}}}}", true),
        // A field the record lacks never matches (except exists:false).
        row("{\"dynamodb\":{\"OldImage\":{\"AccountManager\":{\"S\":[\"Pat Candella\"]}}}}", false),
        // Booleans.
        row("{\"dynamodb\":{\"NewImage\":{\"Active\":{\"BOOL\":[true]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Active\":{\"BOOL\":[false]}}}}", false),
        // Numbers compare as written: 300 is not 300.0.
        row("{\"extra\":{\"price\":[300.0]}}", true),
        row("{\"extra\":{\"price\":[300]}}", false),
        row("{\"extra\":{\"count\":[5]}}", true),
        // Numeric ranges, on JSON numbers only.
        row("{\"extra\":{\"count\":[{\"numeric\":[\">\",0,\"<=\",5]}]}}", true),
        row("{\"extra\":{\"count\":[{\"numeric\":[\"<\",5]}]}}", false),
        row("{\"extra\":{\"price\":[{\"numeric\":[\"=\",3.0e2]}]}}", true),
        // DynamoDB's N is a string: numeric never matches it.
        row("{\"dynamodb\":{\"NewImage\":{\"Total\":{\"N\":[{\"numeric\":[\">\",100]}]}}}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"Total\":{\"N\":[\"300\"]}}}}", true),
        // Null and empty are distinct.
        row("{\"extra\":{\"missing\":[null]}}", true),
        row("{\"extra\":{\"missing\":[\"\"]}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"Empty\":{\"S\":[\"\"]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Empty\":{\"S\":[null]}}}}", false),
        // Exists works on leaves.
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"exists\":true}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Country\":{\"S\":[{\"exists\":false}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"exists\":false}]}}}}", false),
        // ... an object is not a leaf: exists:true on it fails, exists:false matches.
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":[{\"exists\":true}]}}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":[{\"exists\":false}]}}}", true),
        // Prefix and suffix, with and without case.
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"prefix\":\"us-\"}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"prefix\":\"US-\"}]}}}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"prefix\":{\"equals-ignore-case\":\"US-\"}}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"File\":{\"S\":[{\"suffix\":\".png\"}]}}}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"File\":{\"S\":[{\"suffix\":{\"equals-ignore-case\":\".png\"}}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"File\":{\"S\":[{\"equals-ignore-case\":\"REPORT.png\"}]}}}}", true),
        // Wildcards.
        row("{\"dynamodb\":{\"NewImage\":{\"Path\":{\"S\":[{\"wildcard\":\"*/lib/*\"}]}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Path\":{\"S\":[{\"wildcard\":\"/usr/*.dll\"}]}}}}", false),
        // Anything-but: values, a single value, prefix, suffix, ignore case.
        row("{\"eventName\":[{\"anything-but\":[\"MODIFY\",\"REMOVE\"]}]}", true),
        row("{\"eventName\":[{\"anything-but\":\"INSERT\"}]}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"Region\":{\"S\":[{\"anything-but\":{\"prefix\":\"us-\"}}]}}}}", false),
        row("{\"dynamodb\":{\"NewImage\":{\"File\":{\"S\":[{\"anything-but\":{\"suffix\":\".jpg\"}}]}}}}", true),
        row("{\"eventName\":[{\"anything-but\":{\"equals-ignore-case\":[\"insert\"]}}]}", false),
        row("{\"extra\":{\"count\":[{\"anything-but\":[1,2,3]}]}}", true),
        // Anything-but needs the field.
        row("{\"dynamodb\":{\"OldImage\":{\"Region\":{\"S\":[{\"anything-but\":\"x\"}]}}}}", false),
        // Arrays in the record match when any element does.
        row("{\"dynamodb\":{\"NewImage\":{\"Tags\":{\"SS\":[\"blue\"]}}}}", true),
        row("{\"extra\":{\"list\":[3]}}", true),
        // An empty array in the record holds no value: nothing matches it but exists:false.
        row("{\"extra\":{\"none\":[{\"exists\":false}]}}", true),
        row("{\"extra\":{\"none\":[{\"exists\":true}]}}", false),
        row("{\"extra\":{\"none\":[null]}}", false),
        // A nested pattern under an array matches within one element only.
        row("{\"dynamodb\":{\"NewImage\":{\"Lines\":{\"L\":{\"M\":{\"sku\":{\"S\":[\"B\"]},\"qty\":{\"N\":[\"2\"]}}}}}}}", true),
        row("{\"dynamodb\":{\"NewImage\":{\"Lines\":{\"L\":{\"M\":{\"sku\":{\"S\":[\"A\"]},\"qty\":{\"N\":[\"2\"]}}}}}}}", false),
        // $or joins alternatives.
        row("{\"$or\":[{\"eventName\":[\"MODIFY\"]},{\"awsRegion\":[\"us-east-1\"]}]}", true),
        row("{\"$or\":[{\"eventName\":[\"MODIFY\"]},{\"awsRegion\":[\"eu-west-1\"]}]}", false),
        row("{\"dynamodb\":{\"$or\":[{\"SizeBytes\":[1]},{\"StreamViewType\":[\"NEW_IMAGE\"]}]}}", true));
  }

  private static Arguments row(String pattern, boolean matches) {
    return Arguments.of(pattern, matches);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rules")
  void pattern_matchesAsLambdaDoes(String pattern, boolean matches) {
    FilterCriteria criteria = FilterCriteria.compile(List.of(pattern));
    assertThat(criteria.matches(RecordJson.read(RECORD))).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPatterns")
  void invalidPattern_isRefusedWithLambdasMessage(String pattern) {
    assertThatThrownBy(() -> FilterCriteria.compile(List.of(pattern)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid filter pattern definition.");
  }

  static Stream<String> invalidPatterns() {
    return Stream.of(
        "not json",
        "[]",
        "{}",
        "{\"eventName\":\"INSERT\"}",
        "{\"eventName\":[]}",
        "{\"eventName\":[{\"unknown-operator\":1}]}",
        "{\"eventName\":[{\"prefix\":1}]}",
        "{\"x\":[{\"numeric\":[\">\"]}]}",
        "{\"x\":[{\"numeric\":[\">\",\"5\"]}]}",
        "{\"x\":[{\"wildcard\":\"a**b\"}]}",
        "{\"x\":[{\"exists\":\"yes\"}]}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anyOf")
  void severalFilters_areOred(List<String> patterns, boolean matches) {
    assertThat(FilterCriteria.compile(patterns).matches(RecordJson.read(RECORD))).isEqualTo(matches);
  }

  static Stream<Arguments> anyOf() {
    return Stream.of(
        Arguments.of(List.of("{\"eventName\":[\"MODIFY\"]}", "{\"eventName\":[\"INSERT\"]}"), true),
        Arguments.of(List.of("{\"eventName\":[\"MODIFY\"]}", "{\"eventName\":[\"REMOVE\"]}"), false),
        Arguments.of(List.of(), true));
  }
}
