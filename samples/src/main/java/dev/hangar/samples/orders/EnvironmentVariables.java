package dev.hangar.samples.orders;

import java.time.Duration;

/** Reads a function's configuration from its environment, as set in {@code template.yaml}. */
public final class EnvironmentVariables {
    private EnvironmentVariables() {
    }

    /**
     * Returns a variable that the template must set.
     *
     * @param name the variable's name
     * @return its value, never blank
     * @throws IllegalStateException when the variable is missing or blank, naming it
     */
    public static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name
                    + " is not set; it is configured in template.yaml (Globals or the function's Environment)");
        }
        return value;
    }

    /**
     * Returns a duration given in whole minutes, or a default when the variable is not set.
     *
     * @param name the variable's name
     * @param defaultMinutes used when the variable is missing or blank
     * @return the duration
     * @throws IllegalStateException when the value is not a positive whole number
     */
    public static Duration minutes(String name, long defaultMinutes) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return Duration.ofMinutes(defaultMinutes);
        }
        try {
            long minutes = Long.parseLong(value.trim());
            if (minutes > 0) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new IllegalStateException("Environment variable " + name + " must be a positive number of minutes, was '"
                + value + "'");
    }
}
