package dev.hangar.dynamo.internal.error;

import dev.hangar.dynamo.internal.item.Value;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DynamoDB's {@code TransactionCanceledException}: one reason per action, in request order, {@code
 * None} for the actions that were fine.
 */
public final class TransactionCanceled extends DynamoException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // never serialised: errors live for one request
  private final List<Reason> reasons;

  /**
   * One action's reason.
   *
   * @param code {@code None}, {@code ConditionalCheckFailed}, {@code TransactionConflict}, ...
   * @param message the reason's message, or null
   * @param item the item, when ReturnValuesOnConditionCheckFailure asked for it, or null
   */
  public record Reason(String code, String message, Map<String, Value> item) {
    /** The reason of an action that was fine. */
    public static final Reason NONE = new Reason("None", null, null);
  }

  /**
   * The error.
   *
   * @param reasons the reasons in request order
   */
  public TransactionCanceled(List<Reason> reasons) {
    super(DYNAMODB + "TransactionCanceledException", 400,
        "Transaction cancelled, please refer cancellation reasons for specific reasons ["
            + reasons.stream().map(Reason::code).collect(Collectors.joining(", ")) + "]");
    this.reasons = List.copyOf(reasons);
  }

  /**
   * The reasons in request order.
   *
   * @return the reasons
   */
  public List<Reason> reasons() {
    return reasons;
  }
}
