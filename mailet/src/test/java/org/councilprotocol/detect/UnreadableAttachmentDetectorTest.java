package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.detect.CapacityFixture.ANN;
import static org.councilprotocol.detect.CapacityFixture.BOB;
import static org.councilprotocol.detect.CapacityFixture.MARY;
import static org.councilprotocol.detect.CapacityFixture.RESIDENT;
import static org.councilprotocol.text.TestDocuments.attachment;
import static org.councilprotocol.text.TestDocuments.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.Profile;
import org.councilprotocol.config.ProfileLoader;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Submission;
import org.councilprotocol.policy.CorrespondenceClassifier;
import org.councilprotocol.store.StateStore;
import org.councilprotocol.text.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unreadable-attachment}: a member's attachment that the obligation rule could not check is flagged, one
 * finding per attachment, citing that rule's clause; officers' and outside mail is never read.
 */
class UnreadableAttachmentDetectorTest {
    private static final String WALL = "I can confirm that the Council will pay for the repair of your garden wall.";
    private static CouncilConfig config;
    private static StateStore store;
    private static CorrespondenceClassifier classifier;
    private static RuleConfig rule;
    private final UnreadableAttachmentDetector detector = new UnreadableAttachmentDetector();

    @BeforeAll
    static void open() {
        config = CouncilConfig.load(CapacityFixture.folder(), Optional.empty(), Set.of());
        store = StateStore.open("jdbc:h2:mem:unreadable-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        classifier = new CorrespondenceClassifier(config.directory(), store.threads());
        rule = config.profile().rules().get(UnreadableAttachmentDetector.RULE);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private List<Finding> detect(String from, boolean authenticated, MimeBodyPart... attachments) {
        MimeMessage message = mail(from, RESIDENT, "Your garden wall", "Dear Mrs Hughes, my letter is attached.", attachments);
        Submission submission = new Submission(message, Optional.of(from), List.of(RESIDENT),
            authenticated ? Optional.of(from) : Optional.empty(), Instant.parse("2026-11-23T10:15:00Z"));
        MessageContext context = new MessageContext(submission, classifier.classify(submission).correspondence(),
            config.directory(), config.profile());
        return detector.detect(context, rule);
    }

    @Test
    void aMembersPasswordProtectedLetterIsFlaggedWithItsNameAndTheReason() {
        List<Finding> findings = detect(ANN, true,
            attachment("Letter to Mrs Hughes.pdf", TestDocuments.PDF, TestDocuments.encryptedPdf("wall", WALL)));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("unreadable-attachment");
            assertThat(finding.action()).isEqualTo(Action.FLAG);
            assertThat(finding.clause()).isEqualTo("Thanet 10.2.4");
            assertThat(finding.summary()).isEqualTo("The attachment Letter to Mrs Hughes.pdf could not be read, so it was"
                + " not checked for anything that commits the Council: it is encrypted or protected with a password.");
            assertThat(finding.evidence()).containsExactly(
                "Letter to Mrs Hughes.pdf: it is encrypted or protected with a password");
            assertThat(finding.people()).containsExactly("cllr-ann-smith");
        });
    }

    @Test
    void everyUnreadableAttachmentIsItsOwnFindingAndReadableOnesAreNone() {
        List<Finding> findings = detect(MARY, true,
            attachment("wall.docx", TestDocuments.DOCX, TestDocuments.docx(WALL)),
            attachment("cut.pdf", TestDocuments.PDF, TestDocuments.truncated(TestDocuments.pdf(WALL), 200)),
            attachment("photo.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
            attachment("signed.pdf", TestDocuments.PDF, TestDocuments.scannedPdf()));

        assertThat(findings).extracting(finding -> finding.evidence().get(0)).containsExactly(
            "cut.pdf: it is damaged, or is not the kind of file its name says",
            "signed.pdf: no words could be found in it; it may be a scan or a picture of a letter");
    }

    @Test
    void aMembersReadableLetterIsNoFinding() {
        assertThat(detect(ANN, true, attachment("wall.pdf", TestDocuments.PDF, TestDocuments.pdf(WALL)))).isEmpty();
    }

    @Test
    void anOfficersMailIsNotJudged() {
        assertThat(detect(BOB, true, attachment("Agreement.pdf", TestDocuments.PDF, TestDocuments.encryptedPdf("x", WALL)))).isEmpty();
    }

    @Test
    void aMembersAddressUsedWithoutAuthenticationIsNotJudgedAsTheMember() {
        assertThat(detect(ANN, false, attachment("Agreement.pdf", TestDocuments.PDF, TestDocuments.encryptedPdf("x", WALL)))).isEmpty();
    }

    @Test
    void everyShippedProfileFlagsItUnderItsObligationClause(@TempDir Path folder) {
        for (String council : List.of("dartford", "dudley", "thanet", "derbyshire", "knutsford")) {
            Profile profile = new ProfileLoader(folder, Set.of()).load(council);
            RuleConfig unreadable = profile.rules().get(UnreadableAttachmentDetector.RULE);
            assertThat(unreadable.clause()).as(council).isEqualTo(profile.rules().get("obligation-in-member-name").clause());
            assertThat(unreadable.action()).as(council).isEqualTo(Action.FLAG);
        }
    }
}
