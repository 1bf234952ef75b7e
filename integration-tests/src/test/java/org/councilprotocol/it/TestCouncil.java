package org.councilprotocol.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.mail.Folder;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.Store;
import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.gateway.GatewayServer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One council for a test class: a real James with the plugin (started from the example council,
 * optionally with another default profile and extra profiles), and GreenMail as the world outside.
 */
final class TestCouncil implements AutoCloseable {
    static final String PASSWORD = "it-password";

    // People of the example council (rules-config/example/directory.yaml).
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";
    static final String RAJ = "cllr.raj.patel@northbrook.gov.uk";
    static final String MARY = "cllr.mary.jones@northbrook.gov.uk";
    static final String TOM = "cllr.tom.evans@northbrook.gov.uk";
    static final String BOB = "bob.jones@northbrook.gov.uk";
    static final String DAN = "dan.green@northbrook.gov.uk";
    static final String HELEN = "helen.ward@northbrook.gov.uk";
    static final String CAROL = "carol.white@northbrook.gov.uk";
    static final String PRIYA = "priya.shah@northbrook.gov.uk";
    static final Path PROJECT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path EXAMPLE = PROJECT.resolve("rules-config/example");

    private final GreenMail outside;
    private final GatewayServer gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestCouncil(GreenMail outside, GatewayServer gateway) {
        this.outside = outside;
        this.gateway = gateway;
    }

    /** The example council with its own default profile. */
    static TestCouncil start(Path workingDirectory) throws Exception {
        return start(workingDirectory, null);
    }

    /**
     * @param profile a profile from {@code src/test/resources/profiles/} to copy in and make the default, or null
     */
    static TestCouncil start(Path workingDirectory, String profile) throws Exception {
        return start(workingDirectory, profile, UnaryOperator.identity());
    }

    /**
     * @param profile   as above
     * @param rewrite   rewrites the example council's directory.yaml, e.g. to date its absences from today
     */
    static TestCouncil start(Path workingDirectory, String profile, UnaryOperator<String> rewrite) throws Exception {
        return start(workingDirectory, profile, rewrite, builder -> { });
    }

    /** The example council on a gateway changed before it starts (a clock, a quicker reminder sweep). */
    static TestCouncil startWith(Path workingDirectory, Consumer<GatewayServer.Builder> customise) throws Exception {
        return start(workingDirectory, null, UnaryOperator.identity(), customise);
    }

    /** With both: the directory rewritten and the gateway changed before it starts. */
    static TestCouncil start(Path workingDirectory, String profile, UnaryOperator<String> rewrite,
                             Consumer<GatewayServer.Builder> customise) throws Exception {
        Path council = Files.createDirectories(workingDirectory.resolve("council-source"));
        GatewayServer.copyTree(EXAMPLE, council);
        Path directoryFile = council.resolve("directory.yaml");
        Files.writeString(directoryFile, rewrite.apply(Files.readString(directoryFile)));
        if (profile != null) {
            Path testProfiles = Path.of("src/test/resources/profiles");
            try (Stream<Path> files = Files.list(testProfiles)) {
                for (Path file : files.toList()) {
                    Files.copy(file, council.resolve("profiles").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path directory = council.resolve("directory.yaml");
            Files.writeString(directory, Files.readString(directory).replaceFirst("(?m)^profile: \\S+", "profile: " + profile));
        }
        GreenMail outside = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        outside.start();
        GatewayServer.Builder builder = GatewayServer.builder()
            .workingDirectory(workingDirectory.resolve("james"))
            .node(workingDirectory.getFileName().toString())
            .council(council)
            .smarthost("127.0.0.1:" + outside.getSmtp().getPort());
        customise.accept(builder);
        GatewayServer gateway = builder.build()
            .start()
            .createUsers(PASSWORD);
        return new TestCouncil(outside, gateway);
    }

    GatewayServer gateway() {
        return gateway;
    }

    int outsidePort() {
        return outside.getSmtp().getPort();
    }

    /** Messages that left the council, as the outside world received them. */
    List<MimeMessage> outside() {
        return Arrays.asList(outside.getReceivedMessages());
    }

    // ---- sending

    /** Submits a message as an authenticated user (SMTP AUTH on the submission port). */
    void submitAs(String user, MimeMessage message) throws MessagingException {
        send(gateway.submissionPort(), user, message);
    }

    /** Delivers a message as the internet would: inbound port, no authentication. */
    void deliverFromOutside(MimeMessage message) throws MessagingException {
        send(gateway.inboundSmtpPort(), null, message);
    }

    /** Sends to a port on 127.0.0.1, authenticated as the user unless it is null. */
    static void send(int port, String user, MimeMessage message) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.auth", String.valueOf(user != null));
        Session session = Session.getInstance(properties);
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            if (user != null) {
                transport.connect("127.0.0.1", port, user, PASSWORD);
            } else {
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    static MimeMessage message(String from, String to, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        return message;
    }

    // ---- reading

    /** The INBOX of a local user, read over IMAP; each message is copied so it outlives the connection. */
    List<MimeMessage> inbox(String user) throws MessagingException {
        return inbox(gateway.imapPort(), user);
    }

    /** The INBOX of a user of the James listening for IMAP on this port of 127.0.0.1. */
    static List<MimeMessage> inbox(int imapPort, String user) throws MessagingException {
        Properties properties = new Properties();
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, user, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    messages.add(new MimeMessage((MimeMessage) message));
                }
                return messages;
            } finally {
                inbox.close(false);
            }
        }
    }

    static List<MimeMessage> withSubject(List<MimeMessage> messages, String text) {
        return messages.stream().filter(message -> subjectOf(message).contains(text)).toList();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** All text of a message, parts included, for assertions on what a person reads. */
    static String textOf(javax.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof javax.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(textOf(multipart.getBodyPart(i))).append('\n');
                }
                return text.toString();
            }
            if (content instanceof javax.mail.Part nested) {
                return textOf(nested);
            }
            return content instanceof String string ? string : "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, "\n");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- WebAdmin

    String webAdmin(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = webAdminResponse(method, path);
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The whole answer, whatever its status. */
    HttpResponse<String> webAdminResponse(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.webAdminPort() + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String repository(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            outside.stop();
        }
    }
}
