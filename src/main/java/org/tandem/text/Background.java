package org.tandem.text;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A result computed on a daemon thread of its own while the caller goes on with other work; {@link #join}
 * rethrows what the work threw, as the caller would have seen it had it done the work itself. A daemon,
 * so that a run cut short by an error elsewhere does not wait for it.
 */
public final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    public static <T> Background<T> start(String threadName, Supplier<T> work) {
        Background<T> background = new Background<>();
        Thread thread = new Thread(() -> {
            try {
                background.result.complete(work.get());
            } catch (Throwable e) {
                background.result.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    public T join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
