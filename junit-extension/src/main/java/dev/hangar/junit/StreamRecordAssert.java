package dev.hangar.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the stream records that one {@link StreamAssert} check found (for example every
 * MODIFY of one key); each check keeps the records that pass it, so checks narrow down to one
 * change. Failure messages list the stream's records in the style the {@link StreamAssert} chose.
 *
 * @since 0.1.0
 */
public final class StreamRecordAssert
    extends AbstractAssert<StreamRecordAssert, List<StreamRecord>> {
  private final StreamAssert stream;
  private final String table;
  private final List<StreamRecord> all;
  private String wanted;

  StreamRecordAssert(
      StreamAssert stream,
      String table,
      String wanted,
      List<StreamRecord> matching,
      List<StreamRecord> all) {
    super(new ArrayList<>(matching), StreamRecordAssert.class);
    this.stream = stream;
    this.table = table;
    this.wanted = wanted;
    this.all = all;
  }

  /**
   * Checks that the record's new image holds these attributes (it may hold more).
   *
   * @param attributes the attributes
   * @return this, narrowed to the records that pass
   */
  public StreamRecordAssert withNewImage(Map<String, ?> attributes) {
    return narrow("with new image " + attributes, StreamRecord::newImage, attributes);
  }

  /**
   * Checks that the record's old image holds these attributes (it may hold more).
   *
   * @param attributes the attributes
   * @return this, narrowed to the records that pass
   */
  public StreamRecordAssert withOldImage(Map<String, ?> attributes) {
    return narrow("with old image " + attributes, StreamRecord::oldImage, attributes);
  }

  /**
   * Goes back to the assertions on the whole stream.
   *
   * @return the stream's assertions
   */
  public StreamAssert and() {
    return stream;
  }

  private StreamRecordAssert narrow(
      String condition,
      Function<StreamRecord, Optional<Map<String, Object>>> image,
      Map<String, ?> attributes) {
    List<StreamRecord> passing =
        actual.stream()
            .filter(r -> image.apply(r).map(i -> AttributeMatch.contains(i, attributes)).orElse(false))
            .toList();
    if (passing.isEmpty()) {
      failWithMessage(
          "Expected the stream of table %s to hold %s %s but its records are:%n%s",
          table, wanted, condition, stream.render(all));
    }
    wanted = wanted + " " + condition;
    actual.retainAll(passing);
    return this;
  }
}
