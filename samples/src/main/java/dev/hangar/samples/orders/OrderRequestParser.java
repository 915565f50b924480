package dev.hangar.samples.orders;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the body of {@code POST /orders} into a {@link NewOrder}, or into the list of everything
 * wrong with it (all problems at once, so that a client fixes them in one round trip).
 */
public final class OrderRequestParser {
    /** The currencies the shop sells in. */
    public static final Set<String> CURRENCIES = Set.of("EUR", "GBP", "USD");
    static final int MAX_LINES = 50;
    static final int MAX_QUANTITY = 100;
    static final long MAX_UNIT_PRICE_CENTS = 10_000_000;
    private static final Pattern SKU = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

    /** Creates a parser; it holds no state. */
    public OrderRequestParser() {
    }

    /**
     * Parses and validates a request body.
     *
     * @param body the raw body, may be null
     * @return the order, or the problems found
     */
    public Validated<NewOrder> parse(String body) {
        Optional<JsonNode> json = JsonCodec.parse(body);
        if (json.isEmpty() || !json.get().isObject()) {
            return Validated.invalid(List.of("Request body must be a JSON object"));
        }
        List<String> errors = new ArrayList<>();
        String currency = currency(json.get().get("currency"), errors);
        List<NewOrder.Line> lines = lines(json.get().get("lines"), errors);
        return errors.isEmpty() ? Validated.valid(new NewOrder(currency, lines)) : Validated.invalid(errors);
    }

    private static String currency(JsonNode node, List<String> errors) {
        if (node == null || !node.isTextual() || !CURRENCIES.contains(node.asText())) {
            errors.add("currency must be one of EUR, GBP, USD");
            return null;
        }
        return node.asText();
    }

    private static List<NewOrder.Line> lines(JsonNode node, List<String> errors) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_LINES) {
            errors.add("lines must be an array of 1 to " + MAX_LINES + " items");
            return List.of();
        }
        List<NewOrder.Line> lines = new ArrayList<>();
        Map<String, Integer> firstIndexOfSku = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            NewOrder.Line line = line(node.get(i), "lines[" + i + "]", errors);
            if (line == null) {
                continue;
            }
            Integer earlier = firstIndexOfSku.putIfAbsent(line.sku(), i);
            if (earlier != null) {
                errors.add("lines[" + i + "].sku duplicates lines[" + earlier + "].sku");
            }
            lines.add(line);
        }
        return lines;
    }

    private static NewOrder.Line line(JsonNode node, String path, List<String> errors) {
        if (node == null || !node.isObject()) {
            errors.add(path + " must be an object");
            return null;
        }
        int before = errors.size();
        JsonNode sku = node.get("sku");
        if (sku == null || !sku.isTextual() || !SKU.matcher(sku.asText()).matches()) {
            errors.add(path + ".sku must be 1 to 32 upper-case letters, digits or dashes");
        }
        long quantity = wholeNumber(node.get("quantity"), 1, MAX_QUANTITY, path + ".quantity", errors);
        long price = wholeNumber(node.get("unitPriceCents"), 0, MAX_UNIT_PRICE_CENTS, path + ".unitPriceCents", errors);
        if (errors.size() > before) {
            return null;
        }
        return new NewOrder.Line(sku.asText(), (int) quantity, price);
    }

    private static long wholeNumber(JsonNode node, long min, long max, String path, List<String> errors) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()
                || node.asLong() < min || node.asLong() > max) {
            errors.add(path + " must be a whole number from " + min + " to " + max);
            return -1;
        }
        return node.asLong();
    }
}
