package org.goveval.monitor.fetch;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The fetcher's client split over several connection pools, chosen by the URL's origin. OkHttp's pool looks
 * for a reusable connection by walking every connection it holds, and starts its clean-up walk each time a
 * connection falls idle: both cost in proportion to the pool's size, once per request. A scan of many sites
 * holds a hundred connections or more; in a 10,000-page scan with one pool the look-up alone took about 6 %
 * of the crawl threads' CPU samples. Split by origin, each pool holds the connections of a few origins. The
 * clients share everything else (dispatcher, TLS, DNS).
 */
final class ConnectionShards {
    /** Pools: with 8 sites scanned at a time, a pool holds the connections of one or two of them. */
    static final int SHARDS = 32;

    private final OkHttpClient[] clients = new OkHttpClient[SHARDS];

    /**
     * @param base the configured client, whose pool is replaced in every shard
     * @param idlePerShard idle connections each pool keeps
     */
    ConnectionShards(OkHttpClient base, int idlePerShard, Duration keepAlive) {
        for (int i = 0; i < SHARDS; i++) {
            clients[i] = base.newBuilder()
                    .connectionPool(new ConnectionPool(idlePerShard, keepAlive.toMillis(), TimeUnit.MILLISECONDS))
                    .build();
        }
    }

    /** The client whose pool holds the connections to the URL's origin. */
    OkHttpClient forOrigin(HttpUrl url) {
        int hash = url.scheme().hashCode() * 31 * 31 + url.host().hashCode() * 31 + url.port();
        return clients[Math.floorMod(hash ^ (hash >>> 16), SHARDS)];
    }

    /** Cancels the calls in flight (one dispatcher for all) and closes every idle connection. */
    void close() {
        clients[0].dispatcher().cancelAll();
        for (OkHttpClient client : clients) {
            client.connectionPool().evictAll();
        }
    }
}
