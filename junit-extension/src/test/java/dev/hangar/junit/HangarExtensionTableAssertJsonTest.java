package dev.hangar.junit;

import static dev.hangar.junit.HangarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code assertThat(table).inJson(...)}: failure messages list the items in the chosen notation. */
class HangarExtensionTableAssertJsonTest {

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml")
  static class InDynamoDbJson {
    @Test
    void test(@Named("Quiet") DynamoTable quiet) {
      quiet.put(new TreeMap<>(Map.of("id", "q-1", "n", 5, "ok", true)));
      assertThat(quiet).inJson(JsonStyle.DYNAMODB).hasItemCount(2);
    }
  }

  @Test
  void hasItemCount_failure_listsItemsInDynamoDbJson_whenChosen() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(InDynamoDbJson.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching(
            "Expected table hangar-Quiet-[A-Z0-9]{12} to hold 2 items but it holds 1:\\R"
                + "  \\{\"id\":\\{\"S\":\"q-1\"\\},\"n\":\\{\"N\":\"5\"\\},\"ok\":\\{\"BOOL\":true\\}\\}");
  }

  @ExtendWith(OnlyInTestKit.class)
  @HangarTest(template = "templates/stream-assert.yaml")
  static class InPlainJson {
    @Test
    void test(@Named("Quiet") DynamoTable quiet) {
      quiet.put(new TreeMap<>(Map.of("id", "q-1", "n", 5, "ok", true)));
      assertThat(quiet).inJson(JsonStyle.PLAIN).containsItemWithKey("id", "q-2");
    }
  }

  @Test
  void containsItem_failure_listsItemsInPlainJson_whenChosen() {
    assertThat(Fixtures.onlyFailure(Fixtures.run(InPlainJson.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching(
            "Expected table hangar-Quiet-[A-Z0-9]{12} to hold an item with \\{id=q-2\\} but its"
                + " items are:\\R  \\{\"id\":\"q-1\",\"n\":5,\"ok\":true\\}");
  }
}
