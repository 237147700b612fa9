package org.goveval.monitor.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Call;

/**
 * A response body that, closed before its end, cancels its call. OkHttp would otherwise read on to the end
 * for up to 100 ms to keep an HTTP/1.1 connection: for a body cut at its cap, or an attachment whose headers
 * were all a check wanted, that is bytes nobody asked the server for. Cancelled, the connection is closed
 * instead (an HTTP/2 stream is reset, its connection kept). Not thread-safe, like any stream.
 */
final class AbandonableBody extends FilterInputStream {
    private final Call call;
    private boolean ended;

    AbandonableBody(InputStream body, Call call) {
        super(body);
        this.call = call;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        ended |= b < 0;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        ended |= n < 0;
        return n;
    }

    @Override
    public void close() throws IOException {
        if (!ended) {
            call.cancel();
        }
        super.close();
    }
}
