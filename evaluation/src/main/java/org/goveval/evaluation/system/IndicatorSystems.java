package org.goveval.evaluation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A set of indicator systems by id: the ones shipped with goveval, optionally joined by a folder of files. */
public final class IndicatorSystems {
    static final String RESOURCE_DIR = "goveval/systems/";

    private final Map<String, IndicatorSystem> byId;

    private IndicatorSystems(Map<String, IndicatorSystem> byId) {
        this.byId = byId;
    }

    /** The systems shipped in this jar, listed in {@code goveval/systems/index.txt}. */
    public static IndicatorSystems bundled() {
        Map<String, IndicatorSystem> result = new LinkedHashMap<>();
        for (String fileName : readIndex()) {
            IndicatorSystem system =
                    IndicatorSystemLoader.parse(RESOURCE_DIR + fileName, resource(RESOURCE_DIR + fileName));
            result.put(system.id(), system);
        }
        return new IndicatorSystems(result);
    }

    /** These systems plus every {@code *.yaml} in a folder; a folder's system replaces a bundled one of the same id. */
    public IndicatorSystems withDirectory(Path dir) {
        Map<String, IndicatorSystem> result = new LinkedHashMap<>(byId);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> yaml =
                    new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                            .toList());
            yaml.sort(Comparator.comparing(Path::toString));
            for (Path file : yaml) {
                IndicatorSystem system = IndicatorSystemLoader.load(file);
                result.put(system.id(), system);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list indicator systems in " + dir, e);
        }
        return new IndicatorSystems(result);
    }

    public Optional<IndicatorSystem> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every system, by year then id. */
    public List<IndicatorSystem> all() {
        return byId.values().stream()
                .sorted(Comparator.comparingInt(IndicatorSystem::year).thenComparing(IndicatorSystem::id))
                .toList();
    }

    private static List<String> readIndex() {
        return resource(RESOURCE_DIR + "index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    static String resource(String name) {
        try (InputStream in = IndicatorSystems.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
