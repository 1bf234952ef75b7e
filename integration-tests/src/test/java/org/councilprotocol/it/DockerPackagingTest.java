package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.councilprotocol.gateway.GatewayServer;
import org.junit.jupiter.api.Test;

/**
 * The Docker image cannot be built here (no Docker engine), so this checks what can be checked
 * without one: every file the Dockerfile copies exists, and the compose file wires the state store
 * the way the mailet reads it.
 */
class DockerPackagingTest {
    static final Path DOCKER = TestCouncil.PROJECT.resolve("docker");
    static final Pattern COPY = Pattern.compile("(?m)^COPY (?!--from)(\\S+) (\\S+)$");

    @Test
    void everyFileTheDockerfileCopiesExists() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        Matcher copy = COPY.matcher(dockerfile);
        int copies = 0;
        while (copy.find()) {
            copies++;
            String source = copy.group(1);
            if (source.contains("*")) {
                Path folder = TestCouncil.PROJECT.resolve(source).getParent();
                String glob = "glob:" + source.substring(source.lastIndexOf('/') + 1);
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files.filter(file -> folder.getFileSystem().getPathMatcher(glob).matches(file.getFileName())))
                        .as("a file matching %s (built by mvn package)", source).isNotEmpty();
                }
            } else {
                assertThat(TestCouncil.PROJECT.resolve(source)).as(source).exists();
            }
        }
        assertThat(copies).isGreaterThanOrEqualTo(12);
        assertThat(dockerfile).contains("FROM apache/james:jpa-3.8.1").contains("COPY docker/conf/mailetcontainer.xml /root/conf/mailetcontainer.xml")
            .contains("COPY rules-config/example /root/conf/council");
    }

    @Test
    void everyJamesConfigurationFileInTheImageIsOneTheGatewayRuns() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        Matcher copy = Pattern.compile("(?m)^COPY docker/conf/(\\S+) ").matcher(dockerfile);
        while (copy.find()) {
            String name = copy.group(1);
            assertThat(GatewayServer.CONF_FILES).as("launcher uses %s", name).contains(name);
            assertThat(GatewayServer.resource(name))
                .isEqualTo(Files.readString(DOCKER.resolve("conf").resolve(name)));
        }
    }

    @Test
    void composeGivesTheMailetItsPostgreSqlStateStore() throws IOException {
        String compose = Files.readString(DOCKER.resolve("compose.yaml"));
        assertThat(compose)
            .contains("dockerfile: docker/Dockerfile")
            .contains("COUNCIL_PROTOCOL_STATE_URL: jdbc:postgresql://state:5432/council")
            .contains("COUNCIL_PROTOCOL_STATE_URL_USER:")
            .contains("COUNCIL_PROTOCOL_STATE_URL_PASSWORD:")
            .contains("image: postgres:15");
    }
}
