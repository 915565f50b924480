package dev.hangar.samples.features;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Handlers of the forms the order service's own functions do not use, for {@code HandlerFormsTest}: a
 * {@code RequestStreamHandler}, a POJO handler method, a static method and a method that reads the
 * client context. They are public because the Lambda runtime only calls public classes and methods.
 */
public final class HandlerForms {
    private HandlerForms() {
    }

    /** Upper-cases the raw request bytes: a stream handler sees the event exactly as it was sent. */
    public static final class ShoutingStreamHandler implements RequestStreamHandler {
        /** The runtime constructs the handler with its public no-argument constructor. */
        public ShoutingStreamHandler() {
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            output.write(event.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A quote request, deserialised by the runtime as a lenient POJO. */
    public static final class QuoteRequest {
        private String sku;
        private int quantity;

        /** For the runtime's deserialiser. */
        public QuoteRequest() {
        }

        /** @return the product */
        public String getSku() {
            return sku;
        }

        /** @param sku the product */
        public void setSku(String sku) {
            this.sku = sku;
        }

        /** @return how many */
        public int getQuantity() {
            return quantity;
        }

        /** @param quantity how many */
        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }
    }

    /** A quote, serialised by the runtime. */
    public static final class Quote {
        private final String sku;
        private final long totalCents;

        Quote(String sku, long totalCents) {
            this.sku = sku;
            this.totalCents = totalCents;
        }

        /** @return the product */
        public String getSku() {
            return sku;
        }

        /** @return the price of the whole quantity */
        public long getTotalCents() {
            return totalCents;
        }
    }

    /** A plain class whose method is named in the handler string ({@code Class::quote}). */
    public static final class PriceList {
        /** The runtime constructs the class with its public no-argument constructor. */
        public PriceList() {
        }

        /**
         * Quotes 1250 cents a unit.
         *
         * @param request the deserialised event
         * @param context the invocation's context
         * @return the quote
         */
        public Quote quote(QuoteRequest request, Context context) {
            return new Quote(request.getSku(), 1250L * request.getQuantity());
        }

        /**
         * Names the app that called, from the client context a mobile SDK passes.
         *
         * @param event ignored
         * @param context the invocation's context
         * @return the app's title, version and its custom {@code tenant} value
         */
        public String caller(Object event, Context context) {
            ClientContext client = context.getClientContext();
            return client.getClient().getAppTitle() + " " + client.getClient().getAppVersionName()
                    + " for " + client.getCustom().get("tenant");
        }
    }

    /**
     * A static handler method: the runtime calls it without constructing the class.
     *
     * @param orderId the event, a JSON string
     * @return the order's display name
     */
    public static String displayName(String orderId) {
        return "Order " + orderId;
    }
}
