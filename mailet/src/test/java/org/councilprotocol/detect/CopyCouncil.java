package org.councilprotocol.detect;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import javax.mail.Message.RecipientType;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Submission;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.ProtocolEngine;
import org.councilprotocol.store.StateStore;

/**
 * A council for the copy detectors' tests: the Northbrook people (test resource {@code detect/council},
 * with two more members), any of the five shipped profiles or a variant from its {@code profiles/}
 * folder, the real engine running only the two copy detectors, and an in-memory H2 state store so
 * that threads are recorded exactly as in production.
 */
final class CopyCouncil implements AutoCloseable {
    static final String DOMAIN = "northbrook.gov.uk";
    // Members
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";      // cabinet, Housing; Cliftonville West
    static final String RAJ = "cllr.raj.patel@northbrook.gov.uk";      // leader; Harbour
    static final String RAJ_LEADER = "leader@northbrook.gov.uk";       // Raj's second address
    static final String MARY = "cllr.mary.jones@northbrook.gov.uk";    // Westgate, Garlinge
    static final String TOM = "cllr.tom.evans@northbrook.gov.uk";      // mayor; Eastcliff
    static final String PETER = "cllr.peter.brown@northbrook.gov.uk";  // cabinet, Environment and Leisure; Harbour
    static final String LUCY = "cllr.lucy.gray@northbrook.gov.uk";     // Cliftonville West (Ann's ward colleague)
    // Officers
    static final String HELEN = "helen.ward@northbrook.gov.uk";        // monitoring officer
    static final String BOB = "bob.jones@northbrook.gov.uk";           // highways manager
    static final String DAN = "dan.green@northbrook.gov.uk";           // highways officer
    static final String CAROL = "carol.white@northbrook.gov.uk";       // director of place
    static final String PRIYA = "priya.shah@northbrook.gov.uk";        // member services
    static final String PLANNING = "planning@northbrook.gov.uk";       // shared mailbox, nobody's
    // Outside
    static final String RESIDENT = "margaret.hughes@btinternet.com";
    static final String CONTRACTOR = "enquiries@kentroadsurfacing.co.uk";

    static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");
    static final List<String> SHIPPED = List.of("dartford", "dudley", "thanet", "derbyshire", "knutsford");

    final CouncilConfig config;
    final StateStore store;
    final ProtocolEngine engine;
    private final Session session = Session.getInstance(new Properties());
    private Instant clock = MONDAY;

    CopyCouncil(String profile) {
        this.config = CouncilConfig.load(folder(), Optional.of(profile), Set.of());
        this.store = StateStore.open("jdbc:h2:mem:copies-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        this.engine = new ProtocolEngine(config, Detectors.of(List.of(new SilentCopyDetector(), new UndisclosedCopyDetector())),
            store);
    }

    static Path folder() {
        URL directory = CopyCouncil.class.getResource("/detect/council/directory.yaml");
        if (directory == null) {
            throw new IllegalStateException("test resource detect/council/directory.yaml is missing");
        }
        try {
            return Path.of(directory.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        store.close();
    }

    Mail from(String address) {
        return new Mail(address);
    }

    /** Findings of one rule in a judgement. */
    static List<Finding> findings(Judgement judgement, String rule) {
        return judgement.findings().stream().filter(finding -> finding.rule().equals(rule)).toList();
    }

    static List<Finding> silent(Judgement judgement) {
        return findings(judgement, SilentCopyDetector.RULE);
    }

    static List<Finding> undisclosed(Judgement judgement) {
        return findings(judgement, UndisclosedCopyDetector.RULE);
    }

    /** A message as a council mail client would send it; each message is sent ten minutes after the last. */
    final class Mail {
        private final MimeMessage message = new MimeMessage(session);
        private final List<String> bcc = new ArrayList<>();
        private final String from;
        private Optional<String> authenticatedAs;
        private Object body = "Please see below.";
        private String bodyType = "plain";

        Mail(String from) {
            this.from = from;
            this.authenticatedAs = Optional.of(from);
            header("From", from);
            header("Date", "Mon, 23 Nov 2026 10:15:00 +0000");
            header("Message-ID", "<" + UUID.randomUUID() + "@" + DOMAIN + ">");
            header("Subject", "Potholes on Hill Street");
        }

        Mail to(String... addresses) {
            return addresses(RecipientType.TO, addresses);
        }

        Mail cc(String... addresses) {
            return addresses(RecipientType.CC, addresses);
        }

        /** Envelope only: the address is never written in the headers. */
        Mail bcc(String... addresses) {
            bcc.addAll(Arrays.asList(addresses));
            return this;
        }

        Mail subject(String subject) {
            return header("Subject", subject);
        }

        Mail text(String text) {
            this.body = text;
            this.bodyType = "plain";
            return this;
        }

        Mail html(String html) {
            this.body = html;
            this.bodyType = "html";
            return this;
        }

        /** The text followed by another message attached whole (Outlook's "Forward as attachment"). */
        Mail attachingMessage(String text, String rawMessage) {
            try {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart words = new MimeBodyPart();
                words.setText(text, "UTF-8");
                mixed.addBodyPart(words);
                MimeBodyPart attached = new MimeBodyPart();
                attached.setContent(new MimeMessage(session,
                    new ByteArrayInputStream(rawMessage.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))), "message/rfc822");
                attached.setDisposition("attachment");
                mixed.addBodyPart(attached);
                this.body = mixed;
                this.bodyType = "multipart";
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** A reply or forward in the thread of an earlier judged message. */
        Mail inReplyTo(Judgement earlier) {
            header("In-Reply-To", earlier.messageId());
            return header("References", earlier.messageId());
        }

        Mail header(String name, String value) {
            try {
                message.setHeader(name, value);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** Sent from outside, or by a relay that did not log the sender in. */
        Mail unauthenticated() {
            this.authenticatedAs = Optional.empty();
            return this;
        }

        private Mail addresses(RecipientType type, String... addresses) {
            try {
                for (String address : addresses) {
                    message.addRecipient(type, new InternetAddress(address));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Submission submission() {
            try {
                if (body instanceof MimeMultipart multipart) {
                    message.setContent(multipart);
                } else {
                    message.setText((String) body, "UTF-8", bodyType);
                }
                String id = message.getHeader("Message-ID", null);
                message.saveChanges();
                // saveChanges gives a new Message-ID; keep the one the message was written with.
                message.setHeader("Message-ID", id);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            Set<String> envelope = new LinkedHashSet<>();
            for (RecipientType type : List.of(RecipientType.TO, RecipientType.CC)) {
                try {
                    javax.mail.Address[] addresses = message.getRecipients(type);
                    if (addresses != null) {
                        for (javax.mail.Address address : addresses) {
                            envelope.add(((InternetAddress) address).getAddress());
                        }
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            envelope.addAll(bcc);
            Instant at = clock;
            clock = clock.plus(Duration.ofMinutes(10));
            return new Submission(message, Optional.of(from), List.copyOf(envelope), authenticatedAs, at);
        }

        Judgement judge() {
            return engine.judge(submission());
        }
    }
}
