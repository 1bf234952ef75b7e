package org.councilprotocol.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.CapacityReading;
import org.councilprotocol.detect.Detector;
import org.councilprotocol.detect.Detectors;
import org.councilprotocol.detect.HoldingReplyIncompleteDetector;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.model.AbsenceBook;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Submission;
import org.councilprotocol.model.Verdict;
import org.councilprotocol.store.AuditLog;
import org.councilprotocol.store.StateStore;

/**
 * The one place a message is judged: classify it, run the profile's detectors, decide, record.
 * The mailets and the check command both call {@link #judge}; neither decides anything itself.
 */
public final class ProtocolEngine {
    private final CouncilConfig config;
    private final Detectors detectors;
    private final CorrespondenceClassifier classifier;
    private final AuditLog audit;
    private final NoticeWriter notices = new NoticeWriter();
    private final EnquiryTracker enquiries;
    private final OutOfOfficeTracker outOfOffice;

    public ProtocolEngine(CouncilConfig config, Detectors detectors, StateStore state) {
        this.config = config;
        this.detectors = detectors;
        this.classifier = new CorrespondenceClassifier(config.directory(), state.threads());
        this.audit = state.audit();
        this.outOfOffice = new OutOfOfficeTracker(config, state);
        this.enquiries = new EnquiryTracker(config, state, outOfOffice.absences());
    }

    /** The enquiries the engine opens and closes; empty when the profile times none. */
    public Optional<EnquiryStore> enquiries() {
        return enquiries.store();
    }

    /** The absences the gateway knows, learned ones included, so reminders go to whoever covers. */
    public AbsenceBook absences() {
        return outOfOffice.absences();
    }

    public CouncilConfig config() {
        return config;
    }

    /** Rules the profile names that no detector on the class path enforces yet. */
    public List<String> unenforcedRules() {
        return config.profile().rules().values().stream()
            .filter(RuleConfig::enabled)
            .map(RuleConfig::rule)
            .filter(rule -> detectors.forRule(rule).isEmpty())
            // The enquiry tracker, which knows the thread's enquiry, checks holding replies.
            .filter(rule -> !(enquiries.active() && rule.equals(HoldingReplyIncompleteDetector.RULE)))
            // The out-of-office tracker, which learns absences as mail passes, applies this one.
            .filter(rule -> !(outOfOffice.active() && rule.equals(OutOfOfficeTracker.RULE)))
            .toList();
    }

    public Judgement judge(Submission submission) {
        CorrespondenceClassifier.Classified classified = classifier.classify(submission);
        Correspondence correspondence = classified.correspondence();
        MessageContext context = new MessageContext(submission, correspondence, config.directory(), config.profile());

        List<Finding> findings = new ArrayList<>();
        for (RuleConfig rule : config.profile().rules().values()) {
            if (!rule.enabled()) {
                continue;
            }
            for (Detector detector : detectors.forRule(rule.rule()).stream().toList()) {
                findings.addAll(detector.detect(context, rule));
            }
        }
        EnquiryTracker.Tracked tracked = enquiries.track(context, classified.messageId(), classified.subject());
        findings.addAll(tracked.findings());
        Optional<CapacityReading> capacity = correspondence.senderKind() == SenderKind.MEMBER
            ? Optional.of(context.capacity()) : Optional.empty();
        CapacityStatement.Declared declared = CapacityStatement.declare(context, findings);
        findings = new ArrayList<>(declared.findings());
        Verdict before = verdict(findings);
        // Cover follows the verdict: a returned message goes to no alternate, a held one tells nobody yet.
        Optional<OutOfOfficeTracker.Covered> covered = outOfOffice.track(context, classified.messageId(), classified.subject(),
            before);
        if (covered.isPresent()) {
            findings.addAll(covered.get().findings());
        }
        Verdict verdict = verdict(findings);
        List<Decision.Header> headers = new ArrayList<>(Stamps.headers(correspondence, capacity, findings, verdict, tracked));
        List<Notice> sent = new ArrayList<>(notices.write(context, classified.messageId(), classified.subject(), findings, verdict));
        covered.ifPresent(cover -> {
            headers.addAll(cover.headers());
            sent.addAll(cover.notices());
        });
        Decision decision = new Decision(verdict, headers, sent, declared.statement(),
            covered.map(OutOfOfficeTracker.Covered::copies).orElse(List.of()),
            covered.flatMap(OutOfOfficeTracker.Covered::contact), enquiries.taggedSubject(tracked, classified.subject()));

        audit.append(new AuditLog.Entry(submission.receivedAt(), classified.messageId(), correspondence.thread().threadId(),
            correspondence.sender().address(), correspondence.kind().id(), verdict.id(), describe(findings), null));
        return new Judgement(classified.messageId(), classified.subject(), correspondence, capacity, findings, decision,
            tracked.opened(), tracked.replied(), covered);
    }

    /** Records that the gateway failed on a message, so IT can find every fail-open delivery later. */
    public void recordFailure(Instant at, String messageId, String sender, String action, Exception error) {
        audit.append(new AuditLog.Entry(at, messageId, null, sender, null, action, "", error.toString()));
    }

    private static Verdict verdict(List<Finding> findings) {
        return findings.stream().map(finding -> finding.action().verdict()).reduce(Verdict.DELIVER, Verdict::strongest);
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(finding -> finding.rule() + "/" + finding.action().id() + " (" + finding.clause() + ")")
            .collect(Collectors.joining("; "));
    }
}
