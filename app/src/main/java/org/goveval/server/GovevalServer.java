package org.goveval.server;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The goveval server: campaigns, targets, scheduled monitoring, results and their pages. It adapts the plain
 * Java engines ({@code evaluation}, {@code monitor}) to a database, a scheduler and the web; the engines know
 * nothing of it.
 */
@SpringBootApplication
public class GovevalServer {
    /** The server's clock: UTC; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Starts the server; {@code args} are Spring Boot arguments ({@code --server.port=8080} …). */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(GovevalServer.class);
        return application.run(args);
    }
}
