package org.councilprotocol.gateway;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.councilprotocol.james.EnquiryRoutes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/gateway}: a real James server with the plugin and a council's rules, on loopback, for a person to try. */
@Command(name = "gateway", mixinStandardHelpOptions = true,
    description = "Runs Apache James 3.8.1 with the council protocol gateway on 127.0.0.1.")
public final class Main implements Callable<Integer> {
    @Option(names = "--council", description = "council folder (directory.yaml, profiles/); default: ${DEFAULT-VALUE}")
    Path council = Path.of("rules-config/example");

    @Option(names = "--work", description = "where James keeps conf/ and var/ (state, held letters); default: ${DEFAULT-VALUE}")
    Path work = Path.of("var/gateway");

    @Option(names = "--password", description = "password given to every directory user; default: ${DEFAULT-VALUE}")
    String password = "demo-password";

    @Option(names = "--smtp-port", description = "inbound SMTP port (no AUTH); 0 picks a free one; default: ${DEFAULT-VALUE}")
    int smtpPort = 2525;

    @Option(names = "--submission-port", description = "submission port (SMTP AUTH); default: ${DEFAULT-VALUE}")
    int submissionPort = 2587;

    @Option(names = "--imap-port", description = "IMAP port; default: ${DEFAULT-VALUE}")
    int imapPort = 1143;

    @Option(names = "--webadmin-port", description = "WebAdmin port (no authentication, loopback only); default: ${DEFAULT-VALUE}")
    int webAdminPort = 8000;

    @Option(names = "--smarthost", description = "host:port that receives mail leaving the council (default: none, such mail is retried then bounced)")
    String smarthost;

    @Override
    public Integer call() throws Exception {
        GatewayServer.Builder builder = GatewayServer.builder()
            .workingDirectory(work.toAbsolutePath())
            .council(council.toAbsolutePath())
            .ports(smtpPort, submissionPort, imapPort, webAdminPort);
        if (smarthost != null) {
            builder.smarthost(smarthost);
        }
        GatewayServer server = builder.build().start().createUsers(password);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "gateway-shutdown"));

        System.out.println();
        System.out.println("Council protocol gateway is running for " + server.directory().council());
        System.out.println("  SMTP (inbound, no AUTH)   127.0.0.1:" + server.inboundSmtpPort());
        System.out.println("  SMTP submission (AUTH)    127.0.0.1:" + server.submissionPort());
        System.out.println("  IMAP                      127.0.0.1:" + server.imapPort());
        System.out.println("  WebAdmin (no auth)        http://127.0.0.1:" + server.webAdminPort());
        System.out.println("  Members' enquiries        http://127.0.0.1:" + server.webAdminPort() + EnquiryRoutes.BASE_PATH
            + "?status=open");
        System.out.println("  State and held letters    " + work.toAbsolutePath().resolve("var"));
        System.out.println("  Users (password '" + password + "'):");
        server.directory().people().forEach(person -> System.out.println("    " + person.primaryAddress()
            + "  (" + person.kind().id() + ", " + person.name() + ")"));
        System.out.println("Press Ctrl+C to stop.");
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
