package org.councilprotocol.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.policy.Northbrook.ANN;
import static org.councilprotocol.policy.Northbrook.BOB;
import static org.councilprotocol.policy.Northbrook.DAN;
import static org.councilprotocol.policy.Northbrook.HELEN;
import static org.councilprotocol.policy.Northbrook.RAJ;
import static org.councilprotocol.policy.Northbrook.RESIDENT;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.detect.Detector;
import org.councilprotocol.detect.MessageContext;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Verdict;
import org.junit.jupiter.api.Test;

/** The engine's pipeline with simple hand-written detectors: findings → verdict → headers → notices → audit. */
class ProtocolEngineTest {

    /** A minimal silent-copy detector: an officer's mail with a member among the blind recipients. */
    static final class BlindMemberCopies implements Detector {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String rule() {
            return "silent-copy";
        }

        @Override
        public List<Finding> detect(MessageContext context, RuleConfig rule) {
            calls.incrementAndGet();
            if (context.correspondence().senderKind() != SenderKind.OFFICER) {
                return List.of();
            }
            List<Participant> blindMembers = context.correspondence().blindRecipients().stream()
                .filter(Participant::isMember).toList();
            if (blindMembers.isEmpty()) {
                return List.of();
            }
            return List.of(new Finding(rule.rule(), rule.action(), rule.clause(),
                "A councillor received a blind copy of correspondence with another councillor.",
                blindMembers.stream().map(p -> "Bcc: " + p.address()).toList(),
                blindMembers.stream().map(p -> p.personId().orElseThrow()).toList()));
        }
    }

    /** Finds something on every message, with the action the profile sets for its rule. */
    record Always(String rule, String summary) implements Detector {
        @Override
        public List<Finding> detect(MessageContext context, RuleConfig config) {
            return List.of(new Finding(rule, config.action(), config.clause(), summary, List.of(), List.of()));
        }
    }

    @Test
    void withoutDetectorsEveryEnabledRuleButTheTrackersIsReportedAsNotYetEnforced() {
        try (Northbrook council = new Northbrook()) {
            // holding-reply-incomplete (the enquiry tracker) and ooo-no-alternate (the out-of-office tracker) are enforced.
            assertThat(council.engine.unenforcedRules()).containsExactlyInAnyOrder("silent-copy", "undisclosed-copy",
                "obligation-in-member-name", "official-letter-in-member-name", "capacity-undeclared",
                "party-political-use", "unreadable-attachment");
            assertThat(council.engine.config().profile().name()).isEqualTo("northbrook");
        }
    }

    @Test
    void aBlindCopyToAMemberIsBlockedWithTheClauseInHeadersNoticesAndAudit() throws Exception {
        BlindMemberCopies detector = new BlindMemberCopies();
        try (Northbrook council = new Northbrook(detector)) {
            assertThat(council.engine.unenforcedRules()).doesNotContain("silent-copy").hasSize(6);

            Judgement judgement = council.from(BOB).to(ANN).bcc(RAJ).id("<bcc-1@northbrook.gov.uk>")
                .subject("RE: Potholes on Hill Street").authenticated().judge();

            assertThat(detector.calls).hasValue(1);
            assertThat(judgement.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.rule()).isEqualTo("silent-copy");
                assertThat(finding.action()).isEqualTo(Action.BLOCK);
                assertThat(finding.clause()).isEqualTo("Thanet 10.2.1");
                assertThat(finding.people()).containsExactly("cllr-raj-patel");
            });
            Decision decision = judgement.decision();
            assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(decision.headers()).extracting(Decision.Header::name).containsExactly(
                Decision.CORRESPONDENCE, Decision.FINDING, Decision.VERDICT);
            assertThat(decision.headers()).contains(
                new Decision.Header(Decision.FINDING, "silent-copy; action=block; clause=\"Thanet 10.2.1\""),
                new Decision.Header(Decision.VERDICT, "block"));

            assertThat(decision.notices()).hasSize(2);
            Notice toSender = decision.notices().get(0);
            assertThat(toSender.to()).containsExactly(BOB);
            assertThat(toSender.subject()).isEqualTo("Returned, not delivered: RE: Potholes on Hill Street");
            assertThat(toSender.attachOriginal()).isTrue();
            assertThat(toSender.body()).contains("has been returned to you", "Thanet 10.2.1",
                "Bcc: " + RAJ, "Send it again with every councillor who should see it named openly");
            Notice toMonitoringOfficer = decision.notices().get(1);
            assertThat(toMonitoringOfficer.to()).containsExactly(HELEN);
            assertThat(toMonitoringOfficer.subject()).isEqualTo("Protocol check (block): RE: Potholes on Hill Street");
            assertThat(toMonitoringOfficer.attachOriginal()).isFalse();
            assertThat(toMonitoringOfficer.body()).contains("Bob Jones <" + BOB + ">",
                "Message-ID: <bcc-1@northbrook.gov.uk>", "was returned to its sender and not delivered");

            try (var connection = council.store.dataSource().getConnection();
                 var rows = connection.createStatement().executeQuery("SELECT verdict, findings FROM council_audit")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("block");
                assertThat(rows.getString(2)).isEqualTo("silent-copy/block (Thanet 10.2.1)");
            }
        }
    }

    @Test
    void theSameDetectorLetsOpenCopiesAndMembersOwnMailThrough() {
        try (Northbrook council = new Northbrook(new BlindMemberCopies())) {
            assertThat(council.from(BOB).to(ANN).cc(RAJ).authenticated().judge().decision().verdict())
                .isEqualTo(Verdict.DELIVER);
            assertThat(council.from(BOB).to(ANN).bcc(DAN).authenticated().judge().decision().verdict())
                .as("a blind copy to an officer is not a silent copy to a member").isEqualTo(Verdict.DELIVER);
            // A forged officer address from outside gets no officer treatment, so no officer rules either.
            assertThat(council.from(BOB).to(ANN).bcc(RAJ).judge().decision().verdict()).isEqualTo(Verdict.DELIVER);
        }
    }

    @Test
    void theStrongestActionDecidesTheVerdict() {
        try (Northbrook council = new Northbrook(
            new Always("capacity-undeclared", "Written as a ward councillor without saying so."),   // tag
            new Always("party-political-use", "Campaign material sent from council email."),         // flag
            new Always("obligation-in-member-name", "The letter commits the Council to pay."))) {    // hold
            Judgement judgement = council.from(ANN).to(RESIDENT).subject("Hill Street").authenticated().judge();

            assertThat(judgement.findings()).extracting(Finding::action)
                .containsExactlyInAnyOrder(Action.TAG, Action.FLAG, Action.HOLD);
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.HOLD);
            assertThat(judgement.decision().headers()).filteredOn(h -> h.name().equals(Decision.FINDING)).hasSize(3);
            assertThat(judgement.decision().headers()).contains(new Decision.Header(Decision.VERDICT, "hold"));

            List<Notice> notices = judgement.decision().notices();
            assertThat(notices).extracting(Notice::subject)
                .containsExactly("Held for review: Hill Street", "Protocol check (hold): Hill Street");
            // Only findings that change what happens are explained; the tag is in the headers only.
            assertThat(notices.get(0).body()).contains("Thanet 10.2.4", "Thanet 9.4.1")
                .doesNotContain("Thanet 10.2.5");
        }
    }

    @Test
    void aTagAloneIsRecordedInHeadersButSendsNoNotices() {
        List<String> asked = new ArrayList<>();
        Detector recording = new Detector() {
            @Override
            public String rule() {
                return "capacity-undeclared";
            }

            @Override
            public List<Finding> detect(MessageContext context, RuleConfig rule) {
                asked.add(rule.rule());
                return List.of(new Finding(rule.rule(), rule.action(), rule.clause(), "Ward capacity not stated.",
                    List.of(), List.of()));
            }
        };
        try (Northbrook council = new Northbrook(recording)) {
            Judgement judgement = council.from(ANN).to(RESIDENT).authenticated().judge();
            assertThat(asked).containsExactly("capacity-undeclared");
            assertThat(judgement.decision().verdict()).isEqualTo(Verdict.DELIVER);
            assertThat(judgement.decision().notices()).isEmpty();
            assertThat(judgement.decision().headers()).contains(new Decision.Header(Decision.VERDICT, "deliver"),
                new Decision.Header(Decision.FINDING, "capacity-undeclared; action=tag; clause=\"Thanet 10.2.5\""));
        }
    }
}
