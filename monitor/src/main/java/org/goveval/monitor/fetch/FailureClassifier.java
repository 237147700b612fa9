package org.goveval.monitor.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.goveval.monitor.fetch.Outcome.Failed;

/**
 * Turns what the HTTP client (OkHttp) throws into a {@link FailureKind}.
 *
 * <p>When the call timeout (the request budget) runs out, OkHttp cancels the call, which closes the socket,
 * and throws an {@link InterruptedIOException} "timeout" whose cause is whatever the closed socket made the
 * read, the connect or the TLS handshake throw: so a thrown {@code InterruptedIOException} is a timeout
 * whatever its cause says. Otherwise the whole cause chain is searched, most specific kind first: OkHttp
 * wraps a refused connection in a {@code ConnectException} naming the address, and a handshake failure may
 * come wrapped too.
 */
final class FailureClassifier {
    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_DEPTH = 16;

    private FailureClassifier() {}

    /**
     * As {@link #classify(Throwable)}, saying the budget when the call timeout ended the attempt.
     *
     * @param budget the request budget, the client's call timeout
     */
    static Failed classify(Throwable thrown, Duration budget) {
        if (isCallTimeout(thrown)) {
            return new Failed(FailureKind.TIMEOUT, "no complete answer within " + budget.toMillis() + " ms");
        }
        return classify(thrown);
    }

    static Failed classify(Throwable thrown) {
        if (thrown instanceof InterruptedIOException) {
            // the call timeout, or a socket's connect or read timeout (SocketTimeoutException is one)
            return failed(FailureKind.TIMEOUT, thrown);
        }
        return find(thrown, SSLException.class)
                .map(t -> failed(FailureKind.TLS_ERROR, t))
                .or(() -> find(thrown, SocketTimeoutException.class).map(t -> failed(FailureKind.TIMEOUT, t)))
                .or(() -> find(thrown, UnknownHostException.class, UnresolvedAddressException.class)
                        .map(t -> failed(FailureKind.DNS_FAILURE, t)))
                .orElseGet(() -> thrown instanceof IOException
                        // refused, reset, closed, EOF before the headers, a broken gzip stream
                        ? failed(FailureKind.CONNECTION_FAILED, thrown)
                        : new Failed(
                                FailureKind.CONNECTION_FAILED,
                                "unexpected " + thrown.getClass().getName() + ": " + thrown.getMessage()));
    }

    /**
     * Whether OkHttp's call timeout ended the call: it throws a plain {@code InterruptedIOException} then
     * (the socket's own timeouts are {@code SocketTimeoutException}s; an interrupt of the calling thread is
     * told apart by its flag before this is asked).
     */
    static boolean isCallTimeout(Throwable thrown) {
        return thrown.getClass() == InterruptedIOException.class;
    }

    private static Failed failed(FailureKind kind, Throwable cause) {
        return new Failed(kind, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    @SafeVarargs
    private static Optional<Throwable> find(Throwable thrown, Class<? extends Throwable>... types) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(current)) {
                    return Optional.of(current);
                }
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
