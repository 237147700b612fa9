package org.goveval.monitor.links;

import java.util.Objects;
import java.util.Optional;
import org.goveval.monitor.fetch.FailureKind;

/**
 * What robots.txt says about fetching one URL.
 *
 * @param allowed whether the monitor may fetch the URL
 * @param unreachable the network failure met when asking the host for robots.txt (the host itself cannot be
 *     reached, so the link is broken with that kind and is not asked for again); empty otherwise
 * @param detail for reports: the rule or the failure
 */
public record RobotsDecision(boolean allowed, Optional<FailureKind> unreachable, String detail) {
    public RobotsDecision {
        Objects.requireNonNull(unreachable, "unreachable");
        Objects.requireNonNull(detail, "detail");
        if (allowed && unreachable.isPresent()) {
            throw new IllegalArgumentException("an unreachable host's URLs are not allowed");
        }
    }

    public static RobotsDecision allow() {
        return new RobotsDecision(true, Optional.empty(), "");
    }

    public static RobotsDecision disallow(String detail) {
        return new RobotsDecision(false, Optional.empty(), detail);
    }

    public static RobotsDecision unreachable(FailureKind failure, String detail) {
        return new RobotsDecision(false, Optional.of(failure), detail);
    }
}
