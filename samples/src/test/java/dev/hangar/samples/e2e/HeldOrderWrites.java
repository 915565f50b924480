package dev.hangar.samples.e2e;

import dev.hangar.harness.spi.AwsService;
import dev.hangar.harness.spi.ServiceRequest;
import dev.hangar.harness.spi.ServiceResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A slow DynamoDB for tests that need an invocation to be still running: once armed, it holds the
 * next request of one operation ({@code TransactWriteItems} places an order, {@code UpdateItem}
 * changes its status) until released, then lets DynamoDB answer it.
 * Added to a harness before the fakes, it sees each request first; it answers none itself.
 */
final class HeldOrderWrites implements AwsService {
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final String operation;
    private volatile boolean armed;

    /** @param operation the DynamoDB operation to hold, such as {@code UpdateItem} */
    HeldOrderWrites(String operation) {
        this.operation = operation;
    }

    /** Holds the next order write. */
    void arm() {
        armed = true;
    }

    /** Waits until a write is being held. */
    void awaitHeld() throws InterruptedException {
        if (!held.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("No " + operation + " reached DynamoDB within 30 seconds");
        }
    }

    /** Lets the held write through. */
    void release() {
        released.countDown();
    }

    @Override
    public String name() {
        return "held-order-writes";
    }

    @Override
    public boolean handles(ServiceRequest request) {
        String target = request.header("X-Amz-Target");
        if (armed && target != null && target.endsWith("." + operation)) {
            armed = false;
            held.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The held order write was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while holding an order write", e);
            }
        }
        return false; // DynamoDB itself answers every request
    }

    @Override
    public ServiceResponse handle(ServiceRequest request) {
        throw new IllegalStateException("HeldOrderWrites answers no request; it only delays them");
    }
}
