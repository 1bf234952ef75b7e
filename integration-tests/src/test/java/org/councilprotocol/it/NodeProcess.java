package org.councilprotocol.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.councilprotocol.james.CouncilProtocol;

/**
 * A James node of the test council in a process of its own, so a test can kill it outright
 * ({@code kill -9}, no shutdown hooks, no chance to finish a sweep). The parent starts it with
 * {@link #start}; the node writes its ports to a file once it is up and then runs until killed.
 */
final class NodeProcess {
    private static final String READY = "ready.properties";

    private final Process process;
    private final Properties ports;

    private NodeProcess(Process process, Properties ports) {
        this.process = process;
        this.ports = ports;
    }

    /** The node's own main: args are its working folder, the state store URL and user, and the clock file. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY, args[1]);
        System.setProperty(CouncilProtocol.STATE_URL_PROPERTY + ".user", args[2]);
        FileClock clock = new FileClock(Path.of(args[3]));
        TestCouncil council = TestCouncil.startWith(folder,
            gateway -> gateway.clock(clock).reminderInterval(Duration.ofMillis(500)));
        Properties ports = new Properties();
        ports.setProperty("submission", String.valueOf(council.gateway().submissionPort()));
        ports.setProperty("imap", String.valueOf(council.gateway().imapPort()));
        Path next = folder.resolve(READY + ".next");
        try (var out = Files.newBufferedWriter(next)) {
            ports.store(out, "ports of this node");
        }
        Files.move(next, folder.resolve(READY), StandardCopyOption.ATOMIC_MOVE);
        Thread.currentThread().join();
    }

    /** Starts a node in a new JVM with this test run's class path and waits (up to two minutes) until it is up. */
    static NodeProcess start(Path folder, SharedDatabase database, Path clockFile) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(READY));
        Path target = TestCouncil.PROJECT.resolve("integration-tests/target");
        String classPath = String.join(java.io.File.pathSeparator, target.resolve("test-classes").toString(),
            target.resolve("classes").toString(), Files.readString(target.resolve("benchmark.classpath")).strip());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-Dproject.root=" + TestCouncil.PROJECT, "-cp", classPath, NodeProcess.class.getName(),
            folder.toString(), database.url(), SharedDatabase.USER, clockFile.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(folder.resolve("node.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("COUNCIL_PROTOCOL_STATE_URL");
        Process process = builder.start();
        Path ready = folder.resolve(READY);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
            .until(() -> Files.exists(ready) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IOException("the node in " + folder + " stopped before it was up; see " + folder.resolve("node.log"));
        }
        Properties ports = new Properties();
        try (var in = Files.newBufferedReader(ready)) {
            ports.load(in);
        }
        return new NodeProcess(process, ports);
    }

    int submissionPort() {
        return Integer.parseInt(ports.getProperty("submission"));
    }

    int imapPort() {
        return Integer.parseInt(ports.getProperty("imap"));
    }

    /** SIGKILL: the JVM gets no chance to stop its scheduler, finish a sweep or close the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
