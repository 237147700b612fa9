package org.goveval.server.demo;

import java.io.PrintStream;
import java.util.Optional;
import org.goveval.server.monitoring.ProbeJobs;
import org.goveval.server.monitoring.ScanJobs;
import org.goveval.server.security.InitialAdmin;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * When the server is ready: loads the demo, creates the first admin if there is no user, queues again any
 * scan a previous run left unscheduled, gives every website its probe job, and prints the URL (and the admin's one-time password, once).
 */
@Component
public class StartupBanner {
    private final DemoLoader demo;
    private final InitialAdmin admin;
    private final ScanJobs.Queue queue;
    private final ProbeJobs.Planner probes;

    public StartupBanner(DemoLoader demo, InitialAdmin admin, ScanJobs.Queue queue, ProbeJobs.Planner probes) {
        this.demo = demo;
        this.admin = admin;
        this.queue = queue;
        this.probes = probes;
    }

    private Optional<String> createAdmin() {
        try {
            return admin.createIfNoUser();
        } catch (DataIntegrityViolationException e) {
            return Optional.empty(); // another node starting at the same moment created the admin
        }
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        demo.load();
        Optional<String> password = createAdmin();
        queue.requeueOrphans();
        probes.plan();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        PrintStream out = System.out;
        out.println("goveval is up: http://127.0.0.1:" + port + "/");
        password.ifPresent(p -> {
            out.println("first start: log in as " + InitialAdmin.USERNAME + " with the one-time password " + p);
        });
        out.flush();
    }
}
