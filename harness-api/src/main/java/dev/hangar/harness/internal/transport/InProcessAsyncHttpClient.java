package dev.hangar.harness.internal.transport;

import dev.hangar.harness.internal.Dispatcher;
import dev.hangar.harness.internal.HostRoutes;
import dev.hangar.harness.internal.RequestBodies;
import dev.hangar.harness.spi.ServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * The SDK's asynchronous HTTP client while Hangar is selected: the asynchronous twin of {@link
 * InProcessHttpClient}, so {@code DynamoDbAsyncClient} and friends reach the same fakes.
 */
final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {
  private final PassThrough<SdkAsyncHttpService, SdkAsyncHttpClient> passThrough;

  InProcessAsyncHttpClient(AttributeMap serviceDefaults) {
    this.passThrough =
        new PassThrough<>(
            SdkAsyncHttpService.class,
            PassThrough.ASYNC_PRIORITY,
            service -> service.createAsyncHttpClientFactory().buildWithDefaults(serviceDefaults),
            "software.amazon.awssdk:netty-nio-client");
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    Optional<Dispatcher> route = HostRoutes.find(request.request().host());
    if (route.isEmpty()) {
      return passThrough.client().execute(request);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    SdkAsyncHttpResponseHandler handler = request.responseHandler();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    request
        .requestContentPublisher()
        .subscribe(
            new Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                if (body.size() + chunk.length > RequestBodies.MAX_BODY_BYTES) {
                  throw new IllegalStateException(
                      "Request body larger than " + RequestBodies.MAX_BODY_BYTES + " bytes");
                }
                body.write(chunk, 0, chunk.length);
              }

              @Override
              public void onError(Throwable error) {
                handler.onError(error);
                done.completeExceptionally(error);
              }

              @Override
              public void onComplete() {
                try {
                  ServiceResponse response =
                      route
                          .get()
                          .dispatch(
                              SdkRequests.toServiceRequest(request.request(), body.toByteArray()));
                  handler.onHeaders(SdkRequests.toSdkResponse(response));
                  handler.onStream(new BodyPublisher(response.body(), done));
                } catch (IOException | RuntimeException e) {
                  handler.onError(e);
                  done.completeExceptionally(e);
                }
              }
            });
    return done;
  }

  @Override
  public String clientName() {
    return "Hangar";
  }

  @Override
  public void close() {
    passThrough.close();
  }

  /** Publishes one response body, then completes; honours demand and cancellation. */
  private static final class BodyPublisher implements Publisher<ByteBuffer> {
    private final byte[] body;
    private final CompletableFuture<Void> done;

    BodyPublisher(byte[] body, CompletableFuture<Void> done) {
      this.body = body;
      this.done = done;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
      AtomicBoolean finished = new AtomicBoolean();
      subscriber.onSubscribe(
          new Subscription() {
            @Override
            public void request(long n) {
              if (n <= 0) {
                if (finished.compareAndSet(false, true)) {
                  IllegalArgumentException error =
                      new IllegalArgumentException("Reactive Streams §3.9: demand must be > 0");
                  subscriber.onError(error);
                  done.completeExceptionally(error);
                }
                return;
              }
              if (finished.compareAndSet(false, true)) {
                if (body.length > 0) {
                  subscriber.onNext(ByteBuffer.wrap(body).asReadOnlyBuffer());
                }
                subscriber.onComplete();
                done.complete(null);
              }
            }

            @Override
            public void cancel() {
              if (finished.compareAndSet(false, true)) {
                done.complete(null);
              }
            }
          });
    }
  }
}
