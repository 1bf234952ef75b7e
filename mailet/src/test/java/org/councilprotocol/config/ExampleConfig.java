package org.councilprotocol.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code rules-config/example}, the fictional Northbrook District Council, from the module's folder. */
public final class ExampleConfig {
    private ExampleConfig() {
    }

    public static Optional<Path> folder() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("rules-config").resolve("example");
            if (Files.isRegularFile(candidate.resolve("directory.yaml"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
