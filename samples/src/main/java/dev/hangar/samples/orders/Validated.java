package dev.hangar.samples.orders;

import java.util.List;

/**
 * The outcome of validating client input: a value, or the list of problems a 400 response reports.
 *
 * @param value the valid value, null when there are errors
 * @param errors one readable message per problem, empty when valid
 * @param <T> the validated type
 */
public record Validated<T>(T value, List<String> errors) {
    /** Copies the errors so that the result cannot change. */
    public Validated {
        errors = List.copyOf(errors);
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("Exactly one of a value and errors is required");
        }
    }

    /**
     * A valid result.
     *
     * @param value the value
     * @param <T> its type
     * @return the result
     */
    public static <T> Validated<T> valid(T value) {
        return new Validated<>(value, List.of());
    }

    /**
     * An invalid result.
     *
     * @param errors the problems, at least one
     * @param <T> the type that could not be produced
     * @return the result
     */
    public static <T> Validated<T> invalid(List<String> errors) {
        return new Validated<>(null, errors);
    }

    /**
     * Whether the input was valid.
     *
     * @return true when there is a value
     */
    public boolean isValid() {
        return errors.isEmpty();
    }
}
