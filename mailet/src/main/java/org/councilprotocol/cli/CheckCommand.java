package org.councilprotocol.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.councilprotocol.config.ConfigException;
import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.detect.Detectors;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.ProtocolEngine;
import org.councilprotocol.store.StateStore;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bin/check}: runs the gateway's engine over {@code .eml} files, mbox files and folders of
 * {@code .eml} files, offline, and prints one JSON object per message (spec/CHECK.md §1, a fixed
 * interface). Messages are judged in the order given and share one state store, so an earlier
 * message is the thread history of a later one.
 *
 * <p>Exit codes: 0 every message was judged; 2 bad arguments or configuration (one line on standard
 * error, naming the file and line for configuration mistakes); 3 some message could not be parsed
 * (its line has {@code "error"}; the others are still judged).
 */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true,
    description = {
        "Judges messages against a council's member/officer protocol as the mail gateway would, "
            + "and prints one JSON object per message on standard output.",
        "Each message is judged as if just submitted by its From sender, authenticated; "
            + "To, Cc and Bcc addresses make up the envelope (Bcc ones are blind copies)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every message was judged (whatever the verdicts)",
        "2:bad arguments or configuration",
        "3:a message could not be parsed (its line has \"error\"; the others were judged)"})
public final class CheckCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final int UNPARSABLE = 3;
    static final int INTERNAL_ERROR = 1;

    /** Held so the logger, and the level set on it, outlive garbage collection (java.util.logging keeps weak references). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    @Spec
    private CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "DIR",
        description = "Folder holding directory.yaml and profiles/.")
    private Path configFolder;

    @Option(names = "--profile", paramLabel = "NAME",
        description = "Profile to apply (default: the one named in directory.yaml).")
    private String profile;

    @Option(names = "--now", paramLabel = "ISO-INSTANT", converter = InstantConverter.class,
        description = "Time of receipt of the first message, e.g. 2026-11-23T10:15:00Z (overrides its Date header). "
            + "Later messages use their own Date header, else the time of the message before.")
    private Instant now;

    @Option(names = "--unauthenticated",
        description = "Judge the messages as arriving from outside: no sender is authenticated.")
    private boolean unauthenticated;

    @Option(names = "--state", paramLabel = "JDBC-URL",
        description = "State database to use and keep (threads, audit), e.g. jdbc:h2:file:/tmp/council-state. "
            + "Default: a private in-memory database for this run.")
    private String state;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(paramLabel = "PATH", arity = "1..*",
        description = "An .eml file, an mbox file, or a folder (all its .eml files, sorted by name).")
    private List<Path> paths;

    private final Clock clock;
    private final JsonReport report = new JsonReport();

    public CheckCommand(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine(Clock.systemUTC()).execute(args));
    }

    /**
     * Standard error is for the command's own one-line errors: silence the schema tool's progress
     * messages (it logs through java.util.logging when no SLF4J binding is present, as here) and
     * SLF4J's start-up notice that it has no binding.
     */
    private static void quietLibraries() {
        FLYWAY_LOG.setLevel(Level.SEVERE);
        PrintStream err = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
        try {
            LoggerFactory.getILoggerFactory();
        } catch (RuntimeException | LinkageError e) {
            // No SLF4J at all: nothing to quieten.
        } finally {
            System.setErr(err);
        }
    }

    /** The command ready to execute, with the spec's exit codes and one-line errors on standard error. */
    public static CommandLine commandLine(Clock clock) {
        CommandLine commandLine = new CommandLine(new CheckCommand(clock));
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("check: " + exception.getMessage() + " (see check --help)");
            failed.getErr().flush();
            return BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("check: internal error: " + exception);
            failed.getErr().flush();
            return INTERNAL_ERROR;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<Input> inputs;
        try {
            inputs = inputs(err);
        } catch (BadArgumentException e) {
            err.println("check: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }

        Detectors detectors = Detectors.discover(CheckCommand.class.getClassLoader());
        CouncilConfig config;
        try {
            config = CouncilConfig.load(configFolder, Optional.ofNullable(profile), detectors.rules());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return BAD_INPUT;
        }

        boolean privateState = state == null;
        String jdbcUrl = privateState ? "jdbc:h2:mem:check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" : state;
        StateStore store;
        try {
            store = StateStore.open(jdbcUrl, null, null);
        } catch (RuntimeException e) {
            err.println("check: --state: cannot open the state database: " + rootMessage(e));
            err.flush();
            return BAD_INPUT;
        }

        try {
            boolean allJudged = judgeAll(new ProtocolEngine(config, detectors, store), inputs, out);
            return allJudged ? OK : UNPARSABLE;
        } finally {
            if (privateState) {
                shutdown(store);
            }
            store.close();
        }
    }

    /** Judges every message in order; false when some message could not be read or judged. */
    private boolean judgeAll(ProtocolEngine engine, List<Input> inputs, PrintWriter out) {
        ReceiptTimes times = new ReceiptTimes(Optional.ofNullable(now), clock);
        boolean allJudged = true;
        for (Input input : inputs) {
            List<Message> messages;
            try {
                messages = input.messages();
            } catch (MessageFile.UnparsableException e) {
                times.skip();
                print(out, report.error(input.name(), e.getMessage()));
                allJudged = false;
                continue;
            }
            for (Message message : messages) {
                MessageFile parsed;
                try {
                    parsed = MessageFile.parse(message.content());
                } catch (MessageFile.UnparsableException e) {
                    times.skip();
                    print(out, report.error(message.name(), e.getMessage()));
                    allJudged = false;
                    continue;
                }
                Instant receivedAt = times.next(parsed.date());
                Judgement judgement;
                try {
                    judgement = engine.judge(parsed.submission(!unauthenticated, receivedAt));
                } catch (RuntimeException e) {
                    print(out, report.error(message.name(), "could not be judged: " + rootMessage(e)));
                    allJudged = false;
                    continue;
                }
                print(out, report.judged(message.name(), judgement, receivedAt));
            }
        }
        return allJudged;
    }

    private void print(PrintWriter out, ObjectNode line) {
        out.println(report.write(line));
        out.flush();
    }

    /** The files named on the command line, folders expanded; every PATH must exist. */
    private List<Input> inputs(PrintWriter err) throws BadArgumentException {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Input> found = emlFiles(path);
                if (found.isEmpty()) {
                    err.println("check: note: " + path + " holds no .eml files");
                    err.flush();
                }
                inputs.addAll(found);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new Input(path.toString(), path));
            } else if (Files.exists(path)) {
                throw new BadArgumentException(path + ": not a file or folder");
            } else {
                throw new BadArgumentException(path + ": no such file or folder");
            }
        }
        return inputs;
    }

    private static List<Input> emlFiles(Path folder) throws BadArgumentException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries
                .filter(Files::isRegularFile)
                .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".eml"))
                .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                .map(file -> new Input(file.toString(), file))
                .toList();
        } catch (IOException e) {
            throw new BadArgumentException(folder + ": cannot be listed: " + e.getMessage());
        }
    }

    /** A file given on the command line or found in a folder: one message, or an mbox of several. */
    private record Input(String name, Path file) {
        List<Message> messages() throws MessageFile.UnparsableException {
            byte[] content = MessageFile.read(file);
            if (!Mbox.isMbox(content)) {
                return List.of(new Message(name, content));
            }
            List<byte[]> split = Mbox.split(content);
            List<Message> messages = new ArrayList<>();
            for (int i = 0; i < split.size(); i++) {
                messages.add(new Message(name + "#" + (i + 1), split.get(i)));
            }
            return messages;
        }
    }

    /** One message's bytes and the name it has in the output. */
    private record Message(String name, byte[] content) {
    }

    private static final class BadArgumentException extends Exception {
        BadArgumentException(String message) {
            super(message);
        }
    }

    /** {@code --now}: an ISO-8601 instant, or a date-time with an offset. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                try {
                    return OffsetDateTime.parse(value).toInstant();
                } catch (DateTimeParseException again) {
                    throw new TypeConversionException("'" + value
                        + "' is not an ISO-8601 instant such as 2026-11-23T10:15:00Z");
                }
            }
        }
    }

    /** The private in-memory database goes with the run: shut it down rather than keep it for the JVM's life. */
    private static void shutdown(StateStore store) {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException | RuntimeException e) {
            // Already gone: nothing to release.
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String firstLine = message.lines().findFirst().orElse(message);
        return root == error ? firstLine : error.getMessage() == null ? firstLine
            : error.getMessage().lines().findFirst().orElse("") + ": " + firstLine;
    }
}
