package org.councilprotocol.policy;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
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
import javax.mail.internet.MimeMessage;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.detect.Detector;
import org.councilprotocol.detect.Detectors;
import org.councilprotocol.model.Submission;
import org.councilprotocol.store.StateStore;

/**
 * The fictional Northbrook District Council for policy tests: its configuration (test resource
 * {@code policy/northbrook}), an in-memory state store, and messages as its people would send them.
 */
final class Northbrook implements AutoCloseable {
    static final String DOMAIN = "northbrook.gov.uk";
    // Members
    static final String ANN = "cllr.ann.smith@northbrook.gov.uk";      // cabinet, Housing
    static final String RAJ = "cllr.raj.patel@northbrook.gov.uk";      // leader
    static final String RAJ_LEADER = "leader@northbrook.gov.uk";       // Raj's second address
    static final String MARY = "cllr.mary.jones@northbrook.gov.uk";    // ward councillor
    static final String TOM = "cllr.tom.evans@northbrook.gov.uk";      // mayor
    // Officers
    static final String HELEN = "helen.ward@northbrook.gov.uk";        // monitoring officer
    static final String BOB = "bob.jones@northbrook.gov.uk";           // highways manager
    static final String DAN = "dan.green@northbrook.gov.uk";           // highways officer
    static final String CAROL = "carol.white@northbrook.gov.uk";       // director of place
    static final String PLANNING = "planning@northbrook.gov.uk";       // shared mailbox, nobody's
    // Outside
    static final String RESIDENT = "margaret.hughes@btinternet.com";
    static final String REPORTER = "newsdesk@northbrook-gazette.co.uk";

    static final Instant MONDAY = Instant.parse("2026-11-23T10:15:00Z");

    final CouncilConfig config;
    final StateStore store;
    final ProtocolEngine engine;
    private final Session session = Session.getInstance(new Properties());

    Northbrook(Detector... detectors) {
        this(Optional.empty(), detectors);
    }

    /** With a profile of {@code policy/northbrook/profiles} other than the directory's. */
    Northbrook(Optional<String> profile, Detector... detectors) {
        this.config = CouncilConfig.load(folder(), profile, Set.of());
        this.store = StateStore.open("jdbc:h2:mem:northbrook-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        this.engine = new ProtocolEngine(config, Detectors.of(List.of(detectors)), store);
    }

    static Path folder() {
        URL directory = Northbrook.class.getResource("/policy/northbrook/directory.yaml");
        if (directory == null) {
            throw new IllegalStateException("test resource policy/northbrook/directory.yaml is missing");
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

    /** A message being written: headers only, as a mail client would send them. */
    final class Draft {
        private final MimeMessage message = new MimeMessage(session);
        private final List<String> bcc = new ArrayList<>();
        private String from;
        private Optional<String> authenticatedAs = Optional.empty();
        private Instant at = MONDAY;

        Draft(String from) {
            this.from = from;
            header("From", from);
            header("Date", "Mon, 23 Nov 2026 10:15:00 +0000");
            header("Message-ID", "<" + UUID.randomUUID() + "@" + DOMAIN + ">");
            header("Subject", "Potholes on Hill Street");
            try {
                message.setText("Please see below.", "UTF-8");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        Draft to(String... addresses) {
            return addresses(RecipientType.TO, addresses);
        }

        Draft cc(String... addresses) {
            return addresses(RecipientType.CC, addresses);
        }

        /** Envelope only: the address is never written in the headers. */
        Draft bcc(String... addresses) {
            bcc.addAll(Arrays.asList(addresses));
            return this;
        }

        Draft subject(String subject) {
            return header("Subject", subject);
        }

        Draft id(String messageId) {
            return header("Message-ID", messageId);
        }

        Draft inReplyTo(String messageId) {
            return header("In-Reply-To", messageId);
        }

        Draft references(String references) {
            return header("References", references);
        }

        Draft header(String name, String value) {
            try {
                message.setHeader(name, value);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Draft withoutHeader(String name) {
            try {
                message.removeHeader(name);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        /** The message's text, as the sender typed it. */
        Draft body(String text) {
            try {
                message.setText(text, "UTF-8");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        Draft at(Instant when) {
            this.at = when;
            return this;
        }

        /** Sent through the council's server after logging in as the From address. */
        Draft authenticated() {
            return authenticatedAs(from);
        }

        Draft authenticatedAs(String user) {
            this.authenticatedAs = Optional.of(user);
            return this;
        }

        private Draft addresses(RecipientType type, String... addresses) {
            try {
                InternetAddress[] parsed = new InternetAddress[addresses.length];
                for (int i = 0; i < addresses.length; i++) {
                    parsed[i] = new InternetAddress(addresses[i]);
                }
                message.addRecipients(type, parsed);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            return this;
        }

        MimeMessage message() {
            return message;
        }

        /** The SMTP envelope: every To, Cc and Bcc address, as a client hands them to the server. */
        Submission submission() {
            Set<String> envelope = new LinkedHashSet<>();
            for (RecipientType type : List.of(RecipientType.TO, RecipientType.CC)) {
                javax.mail.Address[] addresses;
                try {
                    addresses = message.getRecipients(type);
                } catch (MessagingException e) {
                    // A deliberately broken header: the test gives the envelope with bcc(...).
                    continue;
                }
                if (addresses == null) {
                    continue;
                }
                for (javax.mail.Address address : addresses) {
                    InternetAddress internet = (InternetAddress) address;
                    if (!internet.isGroup()) {
                        envelope.add(internet.getAddress());
                    }
                }
            }
            envelope.addAll(bcc);
            return new Submission(message, Optional.ofNullable(from), List.copyOf(envelope), authenticatedAs, at);
        }

        Judgement judge() {
            return engine.judge(submission());
        }
    }

    Draft from(String address) {
        return new Draft(address);
    }
}
