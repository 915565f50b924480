package dev.hangar.harness.internal.eventsource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A mapping's {@code FilterCriteria}: the record goes to the function when any filter matches;
 * with no filter every record does (AWS documentation: "Control which events Lambda sends to your
 * function").
 */
public final class FilterCriteria {
  private final List<FilterPattern> filters;

  private FilterCriteria(List<FilterPattern> filters) {
    this.filters = filters;
  }

  /**
   * Compiles the patterns of a mapping.
   *
   * @param patterns the {@code Pattern} strings
   * @return the criteria
   * @throws IllegalArgumentException with Lambda's message "Invalid filter pattern definition."
   *     when a pattern is not valid
   */
  public static FilterCriteria compile(List<String> patterns) {
    List<FilterPattern> filters = new ArrayList<>();
    for (String pattern : patterns) {
      try {
        filters.add(FilterPattern.compile(RecordJson.MAPPER.readTree(pattern)));
      } catch (JsonProcessingException | InvalidFilterPatternException e) {
        throw new IllegalArgumentException("Invalid filter pattern definition.", e);
      }
    }
    return new FilterCriteria(List.copyOf(filters));
  }

  boolean isEmpty() {
    return filters.isEmpty();
  }

  boolean matches(JsonNode record) {
    if (filters.isEmpty()) {
      return true;
    }
    for (FilterPattern filter : filters) {
      if (filter.matches(record)) {
        return true;
      }
    }
    return false;
  }
}
