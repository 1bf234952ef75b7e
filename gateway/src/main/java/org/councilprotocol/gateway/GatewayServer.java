package org.councilprotocol.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.james.GuiceJamesServer;
import org.apache.james.MemoryJamesConfiguration;
import org.apache.james.MemoryJamesServerMain;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.modules.protocols.ImapGuiceProbe;
import org.apache.james.server.core.configuration.Configuration.ConfigurationPath;
import org.apache.james.utils.DataProbeImpl;
import org.apache.james.utils.GuiceProbe;
import org.apache.james.utils.WebAdminGuiceProbe;
import org.apache.james.webadmin.FixedPortSupplier;
import org.apache.james.webadmin.RandomPortSupplier;
import org.apache.james.webadmin.WebAdminConfiguration;
import org.councilprotocol.config.DirectoryLoader;
import org.councilprotocol.james.CouncilProtocol;
import org.councilprotocol.james.EnquiryRoutes;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;

/**
 * Apache James 3.8.1 (memory app) on loopback, with the plugin and a council's rules: the local
 * gateway a person can try, and the server the integration tests run.
 *
 * <p>It uses the Docker image's James configuration ({@code docker/conf}) as it is, changing only
 * what must differ on a developer's machine: listeners bound to 127.0.0.1 on free ports, no real
 * DNS, and (optionally) a smarthost that receives all mail leaving the council.
 */
public final class GatewayServer implements AutoCloseable {
    /** The James configuration files shipped in the Docker image, packaged under {@code james-conf/}. */
    public static final List<String> CONF_FILES = List.of("mailetcontainer.xml", "mailrepositorystore.xml", "smtpserver.xml",
        "imapserver.xml", "webadmin.properties", "domainlist.xml", "usersrepository.xml", "dnsservice.xml",
        "jmap.properties", "pop3server.xml", "lmtpserver.xml", "managesieveserver.xml");
    public static final String SMARTHOST_MARKER = "<!-- smarthost -->";
    private static final Pattern PLUGIN_MAILET = Pattern.compile(
        "<mailet match=\"All\" class=\"org\\.councilprotocol\\.james\\.CouncilProtocol\">.*?</mailet>",
        Pattern.DOTALL);
    /** smtpserver.xml lists the inbound listener (no AUTH) first and the submission listener second. */
    private static final int INBOUND_LISTENER = 0;
    private static final int SUBMISSION_LISTENER = 1;

    private final GuiceJamesServer james;
    private final Path workingDirectory;
    private final Directory directory;

    private GatewayServer(GuiceJamesServer james, Path workingDirectory, Directory directory) {
        this.james = james;
        this.workingDirectory = workingDirectory;
        this.directory = directory;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path workingDirectory;
        private Path councilConfig;
        private int inboundPort;
        private int submissionPort;
        private int imapPort;
        private int webAdminPort;
        private Optional<String> smarthost = Optional.empty();
        private Optional<String> node = Optional.empty();
        private boolean plugin = true;
        private Optional<Clock> clock = Optional.empty();
        private Optional<Duration> reminderInterval = Optional.empty();
        private final List<Module> overrides = new ArrayList<>();

        /** Where James keeps its conf/ and var/ (mailboxes are in memory; held letters and state in files). */
        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** A council's folder: {@code directory.yaml} and {@code profiles/}, copied into conf/council. */
        public Builder council(Path folder) {
            this.councilConfig = folder;
            return this;
        }

        /** Ports on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder ports(int inbound, int submission, int imap, int webAdmin) {
            this.inboundPort = inbound;
            this.submissionPort = submission;
            this.imapPort = imap;
            this.webAdminPort = webAdmin;
            return this;
        }

        /** host:port that receives every message leaving the council (the outside world in tests). */
        public Builder smarthost(String hostAndPort) {
            this.smarthost = Optional.of(hostAndPort);
            return this;
        }

        /**
         * Names this node when several run in one JVM (as in the multi-node tests), so their listeners'
         * JMX names do not collide.
         */
        public Builder node(String name) {
            this.node = Optional.of(name);
            return this;
        }

        /** The same James without the gateway's mailet: the baseline for measuring what the plugin costs. */
        public Builder withoutPlugin() {
            this.plugin = false;
            return this;
        }

        /** The clock the plugin runs on instead of the system's: tests walk enquiries through days with it. */
        public Builder clock(Clock pluginClock) {
            this.clock = Optional.of(pluginClock);
            return this;
        }

        /** How often the enquiry reminder sweep runs, instead of the production minute. */
        public Builder reminderInterval(Duration interval) {
            this.reminderInterval = Optional.of(interval);
            return this;
        }

        public Builder override(Module module) {
            overrides.add(module);
            return this;
        }

        public GatewayServer build() throws IOException {
            Path conf = workingDirectory.resolve("conf");
            Files.createDirectories(conf);
            for (String name : CONF_FILES) {
                Files.writeString(conf.resolve(name), localised(name), StandardCharsets.UTF_8);
            }
            Path council = conf.resolve("council");
            copyTree(councilConfig, council);
            Directory directory = DirectoryLoader.load(council.resolve("directory.yaml"));

            MemoryJamesConfiguration configuration = MemoryJamesConfiguration.builder()
                .workingDirectory(workingDirectory.toFile())
                .configurationPath(new ConfigurationPath("file://conf/"))
                .build();
            // WebAdmin without authentication, so it must only ever listen on loopback.
            WebAdminConfiguration webAdmin = WebAdminConfiguration.builder()
                .enabled()
                .corsDisabled()
                .host("127.0.0.1")
                .additionalRoute(EnquiryRoutes.class.getName())
                .port(webAdminPort == 0 ? new RandomPortSupplier() : new FixedPortSupplier(webAdminPort))
                .build();
            Module gateway = binder -> {
                binder.bind(WebAdminConfiguration.class).toInstance(webAdmin);
                binder.bind(DNSService.class).toInstance(new LoopbackDns());
                Multibinder.newSetBinder(binder, GuiceProbe.class).addBinding().to(SmtpPortsProbe.class);
                clock.ifPresent(pluginClock -> binder.bind(Clock.class).annotatedWith(Names.named(CouncilProtocol.CLOCK))
                    .toInstance(pluginClock));
            };
            GuiceJamesServer james = MemoryJamesServerMain.createServer(configuration)
                .overrideWith(MemoryJamesServerMain.WEBADMIN_NO_AUTH_MODULE)
                .overrideWith(gateway)
                .overrideWith(overrides.toArray(Module[]::new));
            return new GatewayServer(james, workingDirectory, directory);
        }

        private String localised(String name) throws IOException {
            String text = resource(name);
            return switch (name) {
                case "smtpserver.xml" -> named(text.replace("0.0.0.0:25", "127.0.0.1:" + inboundPort)
                    .replace("0.0.0.0:587", "127.0.0.1:" + submissionPort));
                case "imapserver.xml" -> named(text.replace("0.0.0.0:143", "127.0.0.1:" + imapPort));
                case "mailetcontainer.xml" -> {
                    String pipeline = plugin ? withReminderInterval(text) : PLUGIN_MAILET.matcher(text).replaceAll("");
                    yield smarthost.map(host -> withSmarthost(pipeline, host)).orElse(pipeline);
                }
                default -> text;
            };
        }

        private String withReminderInterval(String mailetContainer) {
            return reminderInterval.map(interval -> mailetContainer.replaceAll("<reminderInterval>[^<]*</reminderInterval>",
                "<reminderInterval>" + interval + "</reminderInterval>")).orElse(mailetContainer);
        }

        private String named(String listeners) {
            return node.map(name -> listeners.replaceAll("<jmxName>([^<]+)</jmxName>", "<jmxName>$1-" + name + "</jmxName>"))
                .orElse(listeners);
        }
    }

    /** The one change the local gateway makes to the production mailet container: where mail leaves. */
    public static String withSmarthost(String mailetContainer, String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        String host = hostAndPort.substring(0, colon);
        String port = hostAndPort.substring(colon + 1);
        return mailetContainer.replace(SMARTHOST_MARKER,
            "<gateway>" + host + "</gateway><gatewayPort>" + port + "</gatewayPort>");
    }

    /** The Docker image's copy of a James configuration file. */
    public static String resource(String name) throws IOException {
        try (InputStream in = GatewayServer.class.getClassLoader().getResourceAsStream("james-conf/" + name)) {
            if (in == null) {
                throw new IOException("james-conf/" + name + " is missing from the gateway jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies a folder and everything in it (a council's configuration). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public GatewayServer start() throws Exception {
        james.start();
        return this;
    }

    /** Creates the council's domains and a mailbox user for every address in its directory. */
    public GatewayServer createUsers(String password) throws Exception {
        DataProbeImpl data = james.getProbe(DataProbeImpl.class);
        Set<String> domains = new LinkedHashSet<>(directory.domains());
        directory.people().forEach(person -> person.addresses().forEach(address -> domains.add(domainOf(address))));
        for (String domain : domains) {
            if (!data.containsDomain(domain)) {
                data.addDomain(domain);
            }
        }
        List<String> existing = List.of(data.listUsers());
        for (Person person : directory.people()) {
            for (String address : person.addresses()) {
                if (!existing.contains(address)) {
                    data.addUser(address, password);
                }
            }
        }
        return this;
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    public GuiceJamesServer james() {
        return james;
    }

    public Directory directory() {
        return directory;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public int inboundSmtpPort() {
        return james.getProbe(SmtpPortsProbe.class).port(INBOUND_LISTENER);
    }

    public int submissionPort() {
        return james.getProbe(SmtpPortsProbe.class).port(SUBMISSION_LISTENER);
    }

    public int imapPort() {
        return james.getProbe(ImapGuiceProbe.class).getImapPort();
    }

    public int webAdminPort() {
        return james.getProbe(WebAdminGuiceProbe.class).getWebAdminPort().getValue();
    }

    @Override
    public void close() {
        try {
            james.stop();
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("James did not stop cleanly", e));
        }
    }
}
