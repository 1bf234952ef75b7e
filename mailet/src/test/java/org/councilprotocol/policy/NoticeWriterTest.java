package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.policy.Northbrook.ANN;
import static org.councilprotocol.policy.Northbrook.BOB;
import static org.councilprotocol.policy.Northbrook.HELEN;
import static org.councilprotocol.policy.Northbrook.MARY;
import static org.councilprotocol.policy.Northbrook.RAJ;
import static org.councilprotocol.policy.Northbrook.RESIDENT;

import java.time.Instant;
import java.util.List;

import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.Role;
import org.councilprotocol.model.Submission;
import org.councilprotocol.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Notices say what happened, why (clause and plain words), what was found, and what to do next. */
class NoticeWriterTest {
    private final Northbrook council = new Northbrook();
    private final NoticeWriter writer = new NoticeWriter();

    @AfterEach
    void close() {
        council.close();
    }

    private MessageContext context(Northbrook.Draft draft) {
        Submission submission = draft.submission();
        Judgement judgement = council.engine.judge(submission);
        return new MessageContext(submission, judgement.correspondence(), council.config.directory(),
            council.config.profile());
    }

    private static Finding silentCopy(Action action) {
        return new Finding("silent-copy", action, "Thanet 10.2.1",
            "Cllr Raj Patel received a blind copy.", List.of("Bcc: " + RAJ), List.of("cllr-raj-patel"));
    }

    @Test
    void aBlockTellsTheSenderAndTheMonitoringOfficer() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ).authenticated());
        List<Notice> notices = writer.write(context, "<m1@northbrook.gov.uk>", "RE: Potholes on Hill Street",
            List.of(silentCopy(Action.BLOCK)), Verdict.BLOCK);

        assertThat(notices).hasSize(2);
        Notice sender = notices.get(0);
        assertThat(sender.to()).containsExactly(BOB);
        assertThat(sender.attachOriginal()).isTrue();
        assertThat(sender.subject()).isEqualTo("Returned, not delivered: RE: Potholes on Hill Street");
        String requires = council.config.profile().rules().get("silent-copy").requires();
        assertThat(sender.body())
            .startsWith("What happened\nYour message \"RE: Potholes on Hill Street\" of 23 November 2026 at 10:15 "
                + "has been returned to you. It has not been delivered to anyone.")
            .contains("\nWhy\n- Thanet 10.2.1: " + requires + "\n")
            .contains("  Found: Cllr Raj Patel received a blind copy.\n    \"Bcc: " + RAJ + "\"\n")
            .contains("\nWhat to do next\n- " + Advice.nextStep("silent-copy"))
            .contains("contact Helen Ward <" + HELEN + ">")
            .contains("Sent automatically by Northbrook District Council's mail gateway, which applies the council's "
                + "Protocol on Member/Officer Relations.");

        Notice monitoringOfficer = notices.get(1);
        assertThat(monitoringOfficer.to()).containsExactly(HELEN);
        assertThat(monitoringOfficer.attachOriginal()).isFalse();
        assertThat(monitoringOfficer.subject()).isEqualTo("Protocol check (block): RE: Potholes on Hill Street");
        assertThat(monitoringOfficer.body())
            .contains("from Bob Jones <" + BOB + "> of 23 November 2026 at 10:15 was returned to its sender")
            .contains("Message-ID: <m1@northbrook.gov.uk>")
            .contains("- Thanet 10.2.1: " + requires);
    }

    @Test
    void aDisclosureTellsTheCorrespondentWhoElseReceivedItAndTellsTheSender() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ).authenticated());
        Finding disclosed = new Finding("silent-copy", Action.DISCLOSE, "Thanet 10.2.1", "Cllr Raj Patel received a blind copy.",
            List.of("Bcc: " + RAJ), List.of("cllr-raj-patel"), List.of("cllr-ann-smith"));

        List<Notice> notices = writer.write(context, "<m5@northbrook.gov.uk>", "Potholes", List.of(disclosed), Verdict.FLAG);

        assertThat(notices).extracting(Notice::subject).containsExactly("Protocol check (flag): Potholes",
            "Copy disclosed: Potholes", "Your correspondence was copied: Potholes");
        assertThat(notices.get(1).to()).containsExactly(BOB);
        Notice told = notices.get(2);
        assertThat(told.to()).containsExactly(ANN);
        assertThat(told.attachOriginal()).isFalse();
        assertThat(told.body())
            .startsWith("What happened\nBob Jones <" + BOB + "> sent \"Potholes\" on 23 November 2026 at 10:15, "
                + "which carries your correspondence, to Cllr Raj Patel <" + RAJ + "> as well.")
            .contains("Why you are told\n- Thanet 10.2.1: ")
            .contains("What to do next\n- Nothing, if you are content with this.")
            .doesNotContain("Bcc:");
    }

    @Test
    void nobodyIsToldAboutACopyThatWasBlocked() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ).authenticated());
        Finding blocked = new Finding("silent-copy", Action.BLOCK, "Thanet 10.2.1", "Cllr Raj Patel received a blind copy.",
            List.of("Bcc: " + RAJ), List.of("cllr-raj-patel"), List.of("cllr-ann-smith"));

        List<Notice> notices = writer.write(context, "<m6@northbrook.gov.uk>", "Potholes", List.of(blocked), Verdict.BLOCK);

        assertThat(notices).flatExtracting(Notice::to).containsExactly(BOB, HELEN);
    }

    @Test
    void aHoldTellsTheSenderItIsHeldWithoutAttachingIt() {
        MessageContext context = context(council.from(ANN).to(RESIDENT).authenticated());
        Finding obligation = new Finding("obligation-in-member-name", Action.HOLD, "Thanet 10.2.4",
            "The letter instructs the contractor on the Council's behalf.",
            List.of("I can confirm the Council will pay for the repair"), List.of("cllr-ann-smith"));

        List<Notice> notices = writer.write(context, "<m2@northbrook.gov.uk>", "Hill Street repair", List.of(obligation),
            Verdict.HOLD);

        assertThat(notices).extracting(Notice::subject)
            .containsExactly("Held for review: Hill Street repair", "Protocol check (hold): Hill Street repair");
        assertThat(notices.get(0).attachOriginal()).isFalse();
        assertThat(notices.get(0).body()).contains("is being held", "the Monitoring Officer will review it",
            "\"I can confirm the Council will pay for the repair\"", Advice.nextStep("obligation-in-member-name"));
        assertThat(notices.get(1).body()).contains("Ann Smith <" + ANN + ">", "held in the council-held mail repository",
            "James WebAdmin");
    }

    @Test
    void aPartyPoliticalFlagTellsTheMonitoringOfficerAndAdvisesTheMember() {
        MessageContext context = context(council.from(MARY).to(RESIDENT).authenticated());
        Finding campaign = new Finding("party-political-use", Action.FLAG, "Thanet 9.4.1",
            "Asks residents to vote for a party.", List.of("Vote Conservative on 7 May"), List.of("cllr-mary-jones"));

        List<Notice> notices = writer.write(context, "<m3@northbrook.gov.uk>", "Westgate newsletter", List.of(campaign),
            Verdict.FLAG);

        assertThat(notices).hasSize(2);
        assertThat(notices.get(0).to()).containsExactly(HELEN);
        assertThat(notices.get(0).subject()).isEqualTo("Protocol check (flag): Westgate newsletter");
        assertThat(notices.get(0).body()).contains("was delivered and flagged for your attention", "Thanet 9.4.1");
        assertThat(notices.get(1).to()).containsExactly(MARY);
        assertThat(notices.get(1).subject()).isEqualTo("Advice on your message: Westgate newsletter");
        assertThat(notices.get(1).body()).contains("was delivered", "Thanet 9.4.1", Advice.nextStep("party-political-use"));
    }

    @Test
    void aFlagOfAnotherRuleOnlyTellsTheMonitoringOfficer() {
        MessageContext context = context(council.from(BOB).to(ANN).authenticated());
        Finding copied = new Finding("undisclosed-copy", Action.FLAG, "Thanet 9.1.12", "Copied without a ground.",
            List.of(), List.of());

        List<Notice> notices = writer.write(context, "<m7@northbrook.gov.uk>", "Potholes", List.of(copied), Verdict.FLAG);

        assertThat(notices).singleElement().satisfies(notice -> assertThat(notice.to()).containsExactly(HELEN));
    }

    @Test
    void findingsThatOnlyTagSendNothing() {
        MessageContext context = context(council.from(ANN).to(RESIDENT).authenticated());
        Finding capacity = new Finding("capacity-undeclared", Action.TAG, "Thanet 10.2.5", "Ward capacity not stated.",
            List.of(), List.of());
        assertThat(writer.write(context, "<m4@northbrook.gov.uk>", "Hill Street", List.of(capacity), Verdict.DELIVER))
            .isEmpty();
        assertThat(writer.write(context, "<m4@northbrook.gov.uk>", "Hill Street", List.of(), Verdict.DELIVER)).isEmpty();
    }

    @Test
    void twoFindingsOfOneRuleShareTheirClauseAndAdvice() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ, MARY).authenticated());
        Finding raj = silentCopy(Action.BLOCK);
        Finding mary = new Finding("silent-copy", Action.BLOCK, "Thanet 10.2.1", "Cllr Mary Jones received a blind copy.",
            List.of("Bcc: " + MARY), List.of("cllr-mary-jones"));

        String body = writer.write(context, "<m5@northbrook.gov.uk>", "Hill Street", List.of(raj, mary), Verdict.BLOCK)
            .get(0).body();

        assertThat(body.split("- Thanet 10.2.1: ", -1)).hasSize(2);
        assertThat(body).contains("Found: Cllr Raj Patel received a blind copy.", "Found: Cllr Mary Jones received a blind copy.");
        assertThat(body.split(java.util.regex.Pattern.quote(Advice.nextStep("silent-copy")), -1)).hasSize(2);
    }

    @Test
    void aMessageWithoutSubjectAndInSummerTime() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ).at(Instant.parse("2026-07-01T09:00:00Z"))
            .authenticated());
        Notice notice = writer.write(context, "<m6@northbrook.gov.uk>", "  ", List.of(silentCopy(Action.BLOCK)),
            Verdict.BLOCK).get(0);

        assertThat(notice.subject()).isEqualTo("Returned, not delivered: (no subject)");
        assertThat(notice.body()).contains("\"(no subject)\" of 1 July 2026 at 10:00 ");
    }

    @Test
    void anUnverifiedSenderIsDescribedByAddressOnly() {
        MessageContext context = context(council.from(BOB).to(ANN).bcc(RAJ));
        Notice notice = writer.write(context, "<m7@northbrook.gov.uk>", "Hill Street", List.of(silentCopy(Action.FLAG)),
            Verdict.FLAG).get(0);
        assertThat(notice.body()).contains("from " + BOB + " of ").doesNotContain("Bob Jones <");
    }

    @Test
    void withoutAMonitoringOfficerTheNoticeGoesToThePostmaster() {
        Submission submission = council.from(BOB).to(ANN).bcc(RAJ).authenticated().submission();
        Judgement judgement = council.engine.judge(submission);
        Directory full = council.config.directory();
        List<Person> nobodyMonitoring = full.people().stream()
            .filter(person -> !person.hasRole(Role.MONITORING_OFFICER)).toList();
        Directory directory = new Directory(full.council(), full.defaultProfile(), full.nation(), full.domains(),
            nobodyMonitoring, List.of());
        MessageContext context = new MessageContext(submission, judgement.correspondence(), directory,
            council.config.profile());

        List<Notice> notices = writer.write(context, "<m8@northbrook.gov.uk>", "Hill Street",
            List.of(silentCopy(Action.BLOCK)), Verdict.BLOCK);

        assertThat(notices.get(1).to()).as("empty means the postmaster").isEmpty();
        assertThat(notices.get(0).body()).contains("contact the Monitoring Officer.");
    }
}
