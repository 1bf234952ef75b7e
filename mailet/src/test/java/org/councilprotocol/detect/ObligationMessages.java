package org.councilprotocol.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import javax.activation.DataHandler;
import javax.mail.Message.RecipientType;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.ExampleConfig;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Submission;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.ProtocolEngine;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.text.TestDocuments;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The labelled whole messages of test resource {@code obligation/messages-*.yaml}, built as real MIME
 * (plain text, HTML alternative, PDF and DOCX letters made by {@link TestDocuments}) and judged by the
 * engine with the example council (rules-config/example) and every built-in detector, as James would.
 */
final class ObligationMessages implements AutoCloseable {
    static final Set<String> RULES = Set.of(ObligationDetector.RULE, OfficialLetterDetector.RULE);
    private static final Instant WHEN = Instant.parse("2026-11-23T10:15:00Z");

    record Labelled(String id, MimeMessage message, String from, List<String> recipients, Set<String> expected, String note) {
    }

    private final StateStore store;
    private final ProtocolEngine engine;
    private final Session session = Session.getInstance(new Properties());

    ObligationMessages() {
        CouncilConfig config = CouncilConfig.load(exampleFolder(), Optional.empty(), Set.of());
        store = StateStore.open("jdbc:h2:mem:obligation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        engine = new ProtocolEngine(config, Detectors.discover(ObligationMessages.class.getClassLoader()), store);
    }

    static Path exampleFolder() {
        return ExampleConfig.folder().orElseThrow(() -> new IllegalStateException("rules-config/example not found above "
            + System.getProperty("user.dir")));
    }

    /** The messages of one split, built. */
    @SuppressWarnings("unchecked")
    List<Labelled> load(String split) {
        String resource = "/obligation/messages-" + split + ".yaml";
        try (InputStream in = ObligationMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Map<String, Object> file = new Yaml(new LoaderOptions()).load(in);
            List<Labelled> messages = new ArrayList<>();
            for (Map<String, Object> entry : (List<Map<String, Object>>) file.get("messages")) {
                messages.add(build(entry));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of the two letter rules for a message, judged as if its sender had just submitted it. */
    List<Finding> judge(Labelled labelled) {
        boolean council = labelled.from().endsWith("@northbrook.gov.uk");
        Submission submission = new Submission(labelled.message(), Optional.of(labelled.from()), labelled.recipients(),
            council ? Optional.of(labelled.from()) : Optional.empty(), WHEN);
        Judgement judgement = engine.judge(submission);
        return judgement.findings().stream().filter(finding -> RULES.contains(finding.rule())).toList();
    }

    @SuppressWarnings("unchecked")
    private Labelled build(Map<String, Object> entry) throws MessagingException, IOException {
        String from = (String) entry.get("from");
        List<String> to = (List<String>) entry.getOrDefault("to", List.of());
        List<String> cc = (List<String>) entry.getOrDefault("cc", List.of());
        String body = (String) entry.get("body");
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        for (String address : to) {
            message.addRecipient(RecipientType.TO, new InternetAddress(address));
        }
        for (String address : cc) {
            message.addRecipient(RecipientType.CC, new InternetAddress(address));
        }
        message.setSubject((String) entry.getOrDefault("subject", ""), "UTF-8");
        message.setHeader("Message-ID", "<" + entry.get("id") + "." + UUID.randomUUID() + "@example.test>");
        message.setSentDate(java.util.Date.from(WHEN));

        MimeBodyPart text = new MimeBodyPart();
        if (Boolean.TRUE.equals(entry.get("html"))) {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(body, "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(html(body), "text/html; charset=UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative", plain, html);
            text.setContent(alternative);
        } else {
            text.setText(body, "UTF-8");
        }
        Map<String, Object> attachment = (Map<String, Object>) entry.get("attachment");
        if (attachment == null) {
            message.setContent(new MimeMultipart(text));
        } else {
            List<String> paragraphs = (List<String>) attachment.get("paragraphs");
            String type = (String) attachment.get("type");
            byte[] bytes = type.equals("pdf") ? TestDocuments.pdf(paragraphs.toArray(String[]::new))
                : TestDocuments.docx(paragraphs.toArray(String[]::new));
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type.equals("pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
            file.setFileName((String) attachment.get("name"));
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(text, file));
        }
        message.saveChanges();
        List<String> recipients = new ArrayList<>(to);
        recipients.addAll(cc);
        List<String> expected = (List<String>) entry.getOrDefault("expect", List.of());
        return new Labelled((String) entry.get("id"), message, from, recipients, Set.copyOf(expected),
            String.valueOf(entry.getOrDefault("note", "")));
    }

    /** The body as a mail client's HTML: a paragraph per block of lines, line breaks kept. */
    static String html(String body) {
        StringBuilder html = new StringBuilder("<html><body>");
        for (String paragraph : body.strip().split("\\n\\s*\\n")) {
            String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n");
            html.append("<p>").append(escaped).append("</p>\n");
        }
        return html.append("</body></html>").toString();
    }

    @Override
    public void close() {
        store.close();
    }
}
