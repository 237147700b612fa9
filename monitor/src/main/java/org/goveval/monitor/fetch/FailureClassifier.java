package org.goveval.monitor.fetch;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.goveval.monitor.fetch.Outcome.Failed;

/**
 * Turns what {@link java.net.http.HttpClient} throws into a {@link FailureKind}. The client wraps its causes
 * (a {@code ConnectException} around an {@code UnresolvedAddressException}, an {@code IOException} around an
 * {@code SSLHandshakeException}), so the whole cause chain is searched, most specific kind first.
 */
final class FailureClassifier {
    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_DEPTH = 16;

    private FailureClassifier() {}

    static Failed classify(Throwable thrown) {
        return find(thrown, SSLException.class)
                .map(t -> failed(FailureKind.TLS_ERROR, t))
                .or(() -> find(thrown, HttpTimeoutException.class, SocketTimeoutException.class)
                        .map(t -> failed(FailureKind.TIMEOUT, t)))
                .or(() -> find(thrown, UnknownHostException.class, UnresolvedAddressException.class)
                        .map(t -> failed(FailureKind.DNS_FAILURE, t)))
                .orElseGet(() -> thrown instanceof IOException
                        // refused, reset, closed, EOF before the headers, a broken gzip stream
                        ? failed(FailureKind.CONNECTION_FAILED, thrown)
                        : new Failed(
                                FailureKind.CONNECTION_FAILED,
                                "unexpected " + thrown.getClass().getName() + ": " + thrown.getMessage()));
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
