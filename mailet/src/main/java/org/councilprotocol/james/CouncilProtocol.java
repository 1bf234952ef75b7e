package org.councilprotocol.james;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.inject.Inject;
import javax.mail.Header;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.mailet.Mail;
import org.apache.mailet.MailetException;
import org.apache.mailet.base.GenericMailet;
import org.councilprotocol.config.ConfigException;
import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.Profile;
import org.councilprotocol.detect.Detectors;
import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.enquiry.Reminder;
import org.councilprotocol.enquiry.ReminderScheduler;
import org.councilprotocol.enquiry.ReminderSweep;
import org.councilprotocol.policy.Decision;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.Notice;
import org.councilprotocol.policy.ProtocolEngine;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.text.StatementInserter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.inject.name.Named;

/**
 * Applies the council's member/officer protocol to every mail that passes: classifies it, records
 * it in its thread, stamps {@code X-Council-*} headers and carries out the engine's decision
 * (deliver, hold for the Monitoring Officer, or return to the sender with an explanation).
 *
 * <p>Init parameters:
 * <ul>
 *   <li>{@code configDirectory}: folder with {@code directory.yaml} and {@code profiles/}, default {@code file://conf/council/}</li>
 *   <li>{@code profile}: overrides the directory's default profile</li>
 *   <li>{@code stateStore}: a JDBC URL, or a James file URL for an H2 file, default {@code file://var/council/state};
 *       the environment variable {@code COUNCIL_PROTOCOL_STATE_URL} (with {@code _USER}, {@code _PASSWORD}),
 *       or the JVM property {@code council.protocol.state.url} (with {@code .user}, {@code .password}), overrides it</li>
 *   <li>{@code heldProcessor}: where held letters go, default {@code council-held}</li>
 *   <li>{@code errorProcessor}: where mail goes when the gateway fails under {@code on-error: fail-closed}, default {@code council-error}</li>
 *   <li>{@code reminderInterval}: how often the enquiry timers are swept for reminders, overdue notices,
 *       escalations and digests, as an ISO-8601 duration ({@code PT1M}) or whole seconds; default one minute.
 *       Only a profile with an {@code enquiries} section has timers to sweep.</li>
 * </ul>
 *
 * <p>An error never loses mail: under fail-open (the default) the mail is delivered unchanged with
 * {@code X-Council-Protocol-Error}; under fail-closed it goes to the error processor's repository.
 */
public class CouncilProtocol extends GenericMailet {
    private static final Logger LOGGER = LoggerFactory.getLogger(CouncilProtocol.class);
    static final String STATE_URL_VARIABLE = "COUNCIL_PROTOCOL_STATE_URL";
    /** The same as a JVM property (e.g. in James's jvm.properties), for hosts where environment variables are awkward. */
    public static final String STATE_URL_PROPERTY = "council.protocol.state.url";

    /** The name under which a host may bind the {@link Clock} the mailet runs on (tests walk time with it). */
    public static final String CLOCK = "council-protocol-clock";

    private final FileSystem fileSystem;
    private Clock clock;
    private StateStore state;
    private ProtocolEngine engine;
    private ReminderScheduler reminders;
    private String heldProcessor;
    private String errorProcessor;

    @Inject
    public CouncilProtocol(FileSystem fileSystem) {
        this(fileSystem, Clock.systemUTC());
    }

    CouncilProtocol(FileSystem fileSystem, Clock clock) {
        this.fileSystem = fileSystem;
        this.clock = clock;
    }

    /** A host that binds a clock named {@value #CLOCK} runs the mailet on it; James itself binds none. */
    @com.google.inject.Inject(optional = true)
    void runOn(@Named(CLOCK) Clock hostClock) {
        this.clock = hostClock;
    }

    @Override
    public String getMailetInfo() {
        return "Council member/officer protocol";
    }

    @Override
    public void init() throws MessagingException {
        heldProcessor = getInitParameter("heldProcessor", "council-held");
        errorProcessor = getInitParameter("errorProcessor", "council-error");
        Path folder = file(getInitParameter("configDirectory", "file://conf/council/"));
        Detectors detectors = Detectors.discover(CouncilProtocol.class.getClassLoader());
        CouncilConfig config;
        try {
            config = CouncilConfig.load(folder, Optional.ofNullable(getInitParameter("profile")), detectors.rules());
        } catch (ConfigException e) {
            // James refuses to start on a broken configuration, which is what IT needs to see.
            throw new MailetException("Council protocol configuration error: " + e.getMessage(), e);
        }
        // Audit lines are queued and written in batches off the mail's path; destroy() writes what is left.
        state = StateStore.open(stateUrl(), setting(STATE_URL_VARIABLE + "_USER", STATE_URL_PROPERTY + ".user").orElse(null),
            setting(STATE_URL_VARIABLE + "_PASSWORD", STATE_URL_PROPERTY + ".password").orElse(null),
            StateStore.AuditWrites.QUEUED);
        engine = new ProtocolEngine(config, detectors, state);
        LOGGER.info("Council protocol: {} with profile {} ({} rules)", config.directory().council(),
            config.profile().name(), config.profile().rules().size());
        List<String> unenforced = engine.unenforcedRules();
        if (!unenforced.isEmpty()) {
            LOGGER.warn("Council protocol: profile {} names rules this version does not enforce yet: {}",
                config.profile().name(), unenforced);
        }
        Optional<EnquiryStore> enquiries = engine.enquiries();
        if (enquiries.isPresent()) {
            startReminders(config, enquiries.get(), reminderInterval());
        }
    }

    /** The enquiry timers' sweep, on whichever node db-scheduler picks; its mail goes through this mailet context. */
    private void startReminders(CouncilConfig config, EnquiryStore enquiries, Duration interval) {
        ReminderSweep sweep = ReminderSweep.of(enquiries, config.directory(), engine.absences(), config.profile(),
            this::sendReminder);
        reminders = new ReminderScheduler(state.dataSource(), sweep, clock, interval, new ReminderScheduler.Listener() {
            @Override
            public boolean canSend() {
                // James configures the mailet context (postmaster, root queue) after it has started the mailets.
                return getMailetContext().getPostmaster() != null;
            }

            @Override
            public void swept(ReminderSweep.SweepReport report) {
                if (report.sentTotal() > 0 || !report.failures().isEmpty()) {
                    LOGGER.info("Council protocol: enquiry sweep for {} sent {}, {} failed: {}", report.day(), report.sent(),
                        report.failures().size(), report.failures());
                }
            }

            @Override
            public void failed(RuntimeException error) {
                LOGGER.error("Council protocol: enquiry sweep failed; it runs again in {}", interval, error);
            }
        });
        reminders.start();
        openDesk(new EnquiryDesk(enquiries, new EnquiryPeople(config.directory(), enquiries.timers().config(),
            engine.absences()), clock));
        LOGGER.info("Council protocol: enquiry timers swept every {}; enquiries listed at WebAdmin {}", interval,
            EnquiryRoutes.BASE_PATH);
    }

    /**
     * Leaves the desk for the WebAdmin route ({@link EnquiryRoutes}), which James loads apart from the mailet:
     * the node's mailet context is the one place both reach. Its attributes are deprecated in the Mailet API
     * but still the only node-wide store a mailet has.
     */
    @SuppressWarnings("deprecation")
    private void openDesk(EnquiryDesk desk) {
        getMailetContext().setAttribute(EnquiryDesk.ATTRIBUTE, desk);
    }

    @SuppressWarnings("deprecation")
    private void closeDesk() {
        if (getMailetConfig() != null && getMailetContext().getAttribute(EnquiryDesk.ATTRIBUTE) instanceof EnquiryDesk) {
            getMailetContext().removeAttribute(EnquiryDesk.ATTRIBUTE);
        }
    }

    /** Returns once James has spooled the reminder; a throw makes the sweep roll back and try again. */
    private void sendReminder(Reminder reminder) throws MessagingException {
        MailAddress postmaster = getMailetContext().getPostmaster();
        InternetAddress from;
        try {
            from = new InternetAddress(postmaster.asString(), engine.config().directory().council() + " protocol gateway", "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        send(ReminderMail.build(reminder, from, postmaster, clock.instant()));
    }

    /**
     * Hands a mail of our own to James, which queues a copy of it; ours is then released at once rather than
     * left for the garbage collector (James reports each one it finds there as a leak).
     */
    private void send(Mail mail) throws MessagingException {
        try {
            getMailetContext().sendMail(mail);
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }


    private Duration reminderInterval() throws MessagingException {
        String configured = getInitParameter("reminderInterval");
        if (configured == null || configured.isBlank()) {
            return ReminderScheduler.DEFAULT_INTERVAL;
        }
        Duration interval;
        try {
            interval = configured.strip().chars().allMatch(Character::isDigit)
                ? Duration.ofSeconds(Long.parseLong(configured.strip())) : Duration.parse(configured.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MailetException("Council protocol: reminderInterval must be a duration such as PT1M or a number "
                + "of seconds, not " + configured, e);
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new MailetException("Council protocol: reminderInterval must be positive, not " + configured);
        }
        return interval;
    }

    private String stateUrl() throws MessagingException {
        String configured = setting(STATE_URL_VARIABLE, STATE_URL_PROPERTY)
            .orElse(getInitParameter("stateStore", "file://var/council/state"));
        if (configured.startsWith("jdbc:")) {
            return configured;
        }
        return "jdbc:h2:file:" + file(configured).toAbsolutePath();
    }

    /** Deployment settings that override mailetcontainer.xml: an environment variable, else a JVM property. */
    private static Optional<String> setting(String variable, String property) {
        return Optional.ofNullable(System.getenv(variable)).or(() -> Optional.ofNullable(System.getProperty(property)))
            .filter(value -> !value.isBlank());
    }

    private Path file(String url) throws MessagingException {
        try {
            File file = fileSystem.getFile(url);
            return file.toPath();
        } catch (FileNotFoundException e) {
            throw new MailetException("Council protocol: cannot resolve " + url, e);
        }
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (NoticeMail.isNotice(mail)) {
            return;
        }
        Instant now = clock.instant();
        try {
            MimeMessage message = mail.getMessage();
            removeForgedStamps(message);
            ensureMessageId(message);
            Judgement judgement = engine.judge(MailSubmission.of(mail, now));
            apply(mail, judgement.decision());
        } catch (Exception e) {
            failed(mail, now, e);
        }
    }

    private void apply(Mail mail, Decision decision) throws MessagingException, IOException {
        MimeMessage message = mail.getMessage();
        for (Decision.Header header : decision.headers()) {
            message.addHeader(header.name(), header.value());
        }
        if (decision.statement().isPresent()) {
            StatementInserter.Outcome outcome = StatementInserter.insert(message, decision.statement().get());
            if (outcome != StatementInserter.Outcome.ADDED) {
                LOGGER.info("Council protocol: capacity statement not added to mail {}: {}", mail.getName(), outcome);
            }
        }
        if (decision.subject().isPresent()) {
            // A DKIM signature usually covers the subject: a signed message keeps the member's own.
            if (message.getHeader("DKIM-Signature") == null) {
                message.setSubject(decision.subject().get(), StandardCharsets.UTF_8.name());
            } else {
                LOGGER.info("Council protocol: enquiry reference not put in the subject of DKIM-signed mail {}", mail.getName());
            }
        }
        OutOfOfficeCover.apply(mail, decision);
        message.saveChanges();
        if (decision.statement().isPresent()) {
            StatementInserter.keepAsBytes(message);
            message.saveChanges();
        }
        for (Notice notice : decision.notices()) {
            send(NoticeMail.build(notice, noticeSender(), getMailetContext().getPostmaster(), message));
        }
        switch (decision.verdict()) {
            case HOLD -> mail.setState(heldProcessor);
            case BLOCK -> mail.setState(Mail.GHOST);
            default -> {
            }
        }
    }

    private InternetAddress noticeSender() {
        String council = engine.config().directory().council();
        try {
            return new InternetAddress(getMailetContext().getPostmaster().asString(), council + " protocol gateway", "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private void failed(Mail mail, Instant now, Exception error) {
        Profile.FailureMode mode = engine.config().profile().onError();
        LOGGER.error("Council protocol failed on mail {}; {}", mail.getName(),
            mode == Profile.FailureMode.FAIL_OPEN ? "delivering it unchanged" : "sending it to " + errorProcessor, error);
        try {
            MimeMessage message = mail.getMessage();
            message.setHeader(Decision.ERROR, describe(error));
            message.saveChanges();
        } catch (MessagingException | RuntimeException headerFailure) {
            LOGGER.warn("Could not mark mail {} with {}", mail.getName(), Decision.ERROR, headerFailure);
        }
        if (mode == Profile.FailureMode.FAIL_CLOSED) {
            mail.setState(errorProcessor);
        }
        try {
            engine.recordFailure(now, messageId(mail), mail.getMaybeSender().asString(""), mode == Profile.FailureMode.FAIL_OPEN
                ? "delivered-unchanged" : "error-repository", error);
        } catch (RuntimeException auditFailure) {
            LOGGER.warn("Could not write the audit entry for mail {}", mail.getName(), auditFailure);
        }
    }

    private static String messageId(Mail mail) {
        try {
            return mail.getMessage().getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** One printable line: the kind of failure and its message, never a stack trace. */
    private static String describe(Exception error) {
        String text = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        text = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^\\x20-\\x7e]", "?");
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /**
     * A message without a Message-ID gets one now, before it is recorded, so the id its thread is
     * known by is the one its recipients will reply to.
     */
    private void ensureMessageId(MimeMessage message) throws MessagingException {
        if (message.getHeader("Message-ID") == null) {
            String domain = engine.config().directory().domains().stream().findFirst().orElse("council-protocol.invalid");
            message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        }
    }

    /** Our stamps mean something only when we wrote them. */
    private static void removeForgedStamps(MimeMessage message) throws MessagingException {
        List<String> names = Collections.list(message.getAllHeaders()).stream()
            .map(Header::getName)
            .filter(name -> name.regionMatches(true, 0, Decision.PREFIX, 0, Decision.PREFIX.length()))
            .distinct()
            .toList();
        for (String name : names) {
            message.removeHeader(name);
        }
    }

    @Override
    public void destroy() {
        // Stop sweeping before the database goes: a sweep under way finishes (or rolls back) first.
        if (reminders != null) {
            reminders.stop();
            reminders = null;
        }
        closeDesk();
        if (state != null) {
            state.close();
        }
    }
}
