package org.councilprotocol.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CPU every thread of this process has used, read from Linux's {@code /proc/self/task}: the JIT's compiler
 * threads and the garbage collector's show up too, which the JVM's own thread beans do not count. For the benchmarks,
 * to say where a run's CPU went; empty where there is no {@code /proc}.
 */
final class ThreadCpu {
    /** Linux reports thread times in clock ticks, a hundredth of a second on every current kernel. */
    private static final double MILLIS_PER_TICK = 10.0;

    private final Map<String, Long> ticks;

    private ThreadCpu(Map<String, Long> ticks) {
        this.ticks = ticks;
    }

    static ThreadCpu now() {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadCpu(ticks);
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                read(thread, ticks);
            }
        } catch (IOException e) {
            // No breakdown, no harm: the figures it adds to are measured without it.
        }
        return new ThreadCpu(ticks);
    }

    private static void read(Path thread, Map<String, Long> ticks) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            // The name is in brackets and may hold spaces; the fields after it are numbered from the state (3rd).
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(thread.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException ended) {
            // The thread ended while it was being read.
        }
    }

    /**
     * Milliseconds of CPU per message since {@code before}, by kind of thread (numbers in names folded, so the
     * spooler's threads count as one), largest first, leaving out kinds that used less than 0.01 ms a message.
     */
    String since(ThreadCpu before, int messages) {
        Map<String, Long> kinds = new TreeMap<>();
        ticks.forEach((thread, used) -> kinds.merge(thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9]+", "#"),
            used - before.ticks.getOrDefault(thread, 0L), Long::sum));
        List<String> shares = kinds.entrySet().stream()
            .filter(kind -> kind.getValue() * MILLIS_PER_TICK / messages >= 0.01)
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(kind -> String.format(Locale.UK, "%s %.2f", kind.getKey(), kind.getValue() * MILLIS_PER_TICK / messages))
            .toList();
        return shares.stream().collect(Collectors.joining(", "));
    }
}
