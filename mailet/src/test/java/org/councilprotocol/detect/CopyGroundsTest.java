package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.PersonKind;
import org.councilprotocol.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readings the copy detectors rest on, one at a time: who a name or a passage means, what counts
 * as the author's consent or refusal, the other grounds, and what marks correspondence confidential.
 */
class CopyGroundsTest {
    static final Directory DIRECTORY = CouncilConfig.load(CopyCouncil.folder(), Optional.of("thanet"), Set.of()).directory();
    static final Person ANN = DIRECTORY.person("cllr-ann-smith").orElseThrow();
    static final Person RAJ = DIRECTORY.person("cllr-raj-patel").orElseThrow();
    static final Person MARY = DIRECTORY.person("cllr-mary-jones").orElseThrow();
    static final Person LUCY = DIRECTORY.person("cllr-lucy-gray").orElseThrow();
    static final Person PETER = DIRECTORY.person("cllr-peter-brown").orElseThrow();

    // ---- People

    @Test
    void namesAsMailClientsWriteThem() {
        assertThat(People.named(DIRECTORY, "Cllr Mary Jones")).contains(MARY);
        assertThat(People.named(DIRECTORY, "Councillor Mary Jones")).contains(MARY);
        assertThat(People.named(DIRECTORY, "\"Cllr. Raj Patel\"")).contains(RAJ);
        assertThat(People.named(DIRECTORY, "Jones, Mary (Cllr)")).contains(MARY);
        assertThat(People.named(DIRECTORY, "Patel, Cllr Raj")).contains(RAJ);
        assertThat(People.named(DIRECTORY, "Smith, Ann")).contains(ANN);
        assertThat(People.named(DIRECTORY, "LEADER@northbrook.gov.uk")).contains(RAJ);
        assertThat(People.named(DIRECTORY, "Bob Jones")).map(Person::id).contains("bob-jones");
    }

    @Test
    void namesThatAreNotSomebody() {
        assertThat(People.named(DIRECTORY, "Mary")).isEmpty();
        assertThat(People.named(DIRECTORY, "Jones")).isEmpty();
        assertThat(People.named(DIRECTORY, "Cllr")).isEmpty();
        assertThat(People.named(DIRECTORY, "")).isEmpty();
        assertThat(People.named(DIRECTORY, "Planning Team")).isEmpty();
        assertThat(People.named(DIRECTORY, "someone@elsewhere.example")).isEmpty();
    }

    @Test
    void membersMentionedInAPassage() {
        assertThat(People.membersMentioned(DIRECTORY, "Please copy in Cllr Raj Patel and Councillor Jones."))
            .containsExactlyInAnyOrder(RAJ, MARY);
        assertThat(People.membersMentioned(DIRECTORY, "cc cllr.lucy.gray@northbrook.gov.uk please")).containsExactly(LUCY);
        // Bob Jones is an officer: "Jones" alone names nobody, "Mr Jones" is not a councillor.
        assertThat(People.membersMentioned(DIRECTORY, "Mr Jones from highways called.")).isEmpty();
        assertThat(People.membersMentioned(DIRECTORY, "Raj and Mary were at the meeting.")).isEmpty();
    }

    // ---- Consent and refusal

    @Test
    void consentNamingMembers() {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, "Bob, please copy in Cllr Raj Patel when you reply."))
            .hasValueSatisfying(consent -> {
                assertThat(consent.members()).containsExactly(RAJ);
                assertThat(consent.anyone()).isFalse();
                assertThat(consent.covers(RAJ)).isTrue();
                assertThat(consent.covers(MARY)).isFalse();
                assertThat(consent.words()).isEqualTo("Bob, please copy in Cllr Raj Patel when you reply.");
            });
    }

    @Test
    void consentForWardColleagues() {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, "I'm happy for you to share this with my ward colleagues."))
            .hasValueSatisfying(consent -> {
                assertThat(consent.members()).containsExactly(LUCY);
                assertThat(consent.anyone()).isFalse();
            });
        assertThat(CopyGrounds.consent(DIRECTORY, RAJ, "Please also share this with the other ward councillors."))
            .hasValueSatisfying(consent -> assertThat(consent.members()).containsExactly(PETER));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Feel free to share this.",
        "I'm happy for this to be shared.",
        "Happy for this to go to other councillors.",
        "Please circulate this to all members.",
        "I don't mind if you forward my email to other councillors.",
        "You are welcome to forward this to council colleagues.",
        "No objection to this being shared."})
    void consentForAnyone(String words) {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, words)).hasValueSatisfying(consent -> {
            assertThat(consent.anyone()).isTrue();
            assertThat(consent.covers(MARY)).isTrue();
        });
    }

    @Test
    void consentForSomeoneWhoIsNotAMemberCoversNoMember() {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, "Feel free to share this with the housing association."))
            .hasValueSatisfying(consent -> assertThat(consent.covers(MARY)).isFalse());
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, "Happy for this to go to the police."))
            .hasValueSatisfying(consent -> assertThat(consent.covers(RAJ)).isFalse());
        assertThat(CopyGrounds.consent(DIRECTORY, ANN,
            "Cllr Patel asked me to raise this, so please share it with the housing team."))
            .hasValueSatisfying(consent -> assertThat(consent.covers(RAJ)).isFalse());
        // Said to an officer, "your colleagues" are other officers.
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, "Feel free to share this with your colleagues in highways."))
            .hasValueSatisfying(consent -> assertThat(consent.covers(MARY)).isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please send me the repair schedule by Friday.",
        "Please copy me in on the reply.",
        "Please forward it to me when it arrives.",
        "Please include the costs in your reply.",
        "Please pass on my thanks to the crew.",
        "Please send the report when it is ready.",
        "Please share the outcome with residents.",
        "Can you please let me know?",
        ""})
    void requestsThatAreNotConsent(String words) {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please do not share this with other councillors.",
        "Please don't forward this to Cllr Patel.",
        "Please don’t copy this to anyone else.",
        "This is not for circulation.",
        "Not for wider circulation",
        "I wouldn't be happy for this to go to other councillors.",
        "I’m not happy for you to share this.",
        "Keep this between us please.",
        "Do not pass it on without my consent.",
        "This must not be shared."})
    void refusals(String words) {
        assertThat(CopyGrounds.refusal(words)).isPresent();
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, words)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Please don't hesitate to call me.",
        "Do not hesitate to share your views with me.",
        "I don't mind if you share this.",
        "Please share this with Cllr Patel."})
    void notRefusals(String words) {
        assertThat(CopyGrounds.refusal(words)).isEmpty();
    }

    @Test
    void consentInSeveralSentencesAddsUp() {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN,
            "Please copy this to the housing team. Please also copy in Cllr Raj Patel. Thanks, Ann"))
            .hasValueSatisfying(consent -> {
                assertThat(consent.covers(RAJ)).isTrue();
                assertThat(consent.covers(MARY)).isFalse();
                assertThat(consent.words()).isEqualTo("Please copy this to the housing team. Please also copy in Cllr Raj Patel.");
            });
    }

    @Test
    void consentAndRefusalInOneSentenceIsNoConsent() {
        assertThat(CopyGrounds.consent(DIRECTORY, ANN,
            "Happy for you to share this with Cllr Patel, but please do not forward it to anyone else.")).isEmpty();
    }

    @Test
    void consentInOneSentenceAndRefusalInAnother() {
        String words = "Happy for you to share this with Cllr Patel. Please do not forward it to anyone else.";
        assertThat(CopyGrounds.consent(DIRECTORY, ANN, words))
            .hasValueSatisfying(consent -> assertThat(consent.members()).containsExactly(RAJ));
        assertThat(CopyGrounds.refusal(words)).contains("Please do not forward it to anyone else.");
    }

    // ---- Other grounds

    @Test
    void circulationLists() {
        String words = "Bob, when are the lights going up?\n\nCirculation list: Cllr Mary Jones; Cllr Tom Evans\n";
        assertThat(CopyGrounds.circulationList(DIRECTORY, MARY, words)).contains("Circulation list: Cllr Mary Jones; Cllr Tom Evans");
        assertThat(CopyGrounds.circulationList(DIRECTORY, RAJ, words)).isEmpty();
        assertThat(CopyGrounds.circulationList(DIRECTORY, MARY, "Copies to: cllr.mary.jones@northbrook.gov.uk")).isPresent();
        assertThat(CopyGrounds.circulationList(DIRECTORY, MARY, "I will raise this with Cllr Mary Jones.")).isEmpty();
    }

    @Test
    void cabinetMemberForThePortfolio() {
        assertThat(CopyGrounds.cabinetPortfolio(ANN, "Damp at 12 Garlinge Road\nThe housing repairs team"))
            .hasValueSatisfying(ground -> assertThat(ground).contains("Cabinet member for Housing"));
        assertThat(CopyGrounds.cabinetPortfolio(PETER, "Damp at 12 Garlinge Road\nThe housing repairs team")).isEmpty();
        assertThat(CopyGrounds.cabinetPortfolio(PETER, "Leisure centre opening hours")).isPresent();
        // "and", "services" and the like name no portfolio.
        assertThat(CopyGrounds.cabinetPortfolio(PETER, "Bins and services")).isEmpty();
        // Not in the Cabinet: no portfolio ground, whatever the subject.
        assertThat(CopyGrounds.cabinetPortfolio(MARY, "Housing")).isEmpty();
        // The Leader sits in the Cabinet with whatever portfolio they hold.
        Person leader = new Person("cllr-sam-lee", "Sam Lee", PersonKind.MEMBER, List.of("cllr.sam.lee@northbrook.gov.uk"),
            Set.of(Role.LEADER), List.of("Harbour"), List.of("Regeneration and Economy"), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(CopyGrounds.cabinetPortfolio(leader, "Regeneration of Harbour Parade")).isPresent();
        assertThat(CopyGrounds.cabinetPortfolio(RAJ, "Regeneration of Harbour Parade")).isEmpty();
    }

    @Test
    void meetingQuestions() {
        assertThat(CopyGrounds.meetingQuestion("This answers the question you raised at Full Council on 19 November."))
            .isPresent();
        assertThat(CopyGrounds.meetingQuestion("In response to the question asked at the Planning Committee meeting, the "
            + "figures are below.")).isPresent();
        assertThat(CopyGrounds.meetingQuestion("Questions tabled at Cabinet are attached.")).isPresent();
        assertThat(CopyGrounds.meetingQuestion("You asked a question about this on the phone.")).isEmpty();
        assertThat(CopyGrounds.meetingQuestion("Can we meet to discuss the question?")).isEmpty();
    }

    @Test
    void entitlementsInLaw() {
        assertThat(CopyGrounds.entitlement("Cllr Patel is entitled to this information under the Freedom of Information Act."))
            .isPresent();
        assertThat(CopyGrounds.entitlement("Under the Data Protection Act 2018 Cllr Patel has a right to see his own data."))
            .isPresent();
        assertThat(CopyGrounds.entitlement("He has a legal right to the minutes under UK GDPR.")).isPresent();
        assertThat(CopyGrounds.entitlement("This is not a freedom of information request.")).isEmpty();
        assertThat(CopyGrounds.entitlement("You are entitled to a parking permit.")).isEmpty();
    }

    // ---- Confidentiality

    static MimeMessage message(String headers) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream((headers + "\r\n\r\nBody\r\n").getBytes(StandardCharsets.UTF_8)));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PRIVATE AND CONFIDENTIAL",
        "Strictly confidential: the tenant's name is below.",
        "Confidential - staffing matter",
        "I am telling you this in confidence.",
        "Please treat this as strictly confidential.",
        "This email contains confidential personal information about a tenant.",
        "OFFICIAL-SENSITIVE",
        "Not for circulation."})
    void markings(String words) {
        assertThat(Confidentiality.marking(message("Subject: Garlinge Road"), "Garlinge Road", "Bob,\n\n" + words + "\n\nAnn"))
            .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This email and any attachments are confidential and intended solely for the addressee.",
        "This e-mail and any files transmitted with it are confidential and\nintended solely for the use of the individual "
            + "to whom\nthey are addressed.",
        "Emails sent to and from the council may be monitored. They may contain confidential information.",
        "This is not confidential.",
        "Nothing here is confidential, share it as you wish.",
        "The confidential waste bins at the depot were left open.",
        "Residents can use the confidential reporting line.",
        "I have every confidence in the team."})
    void notMarkings(String words) {
        assertThat(Confidentiality.marking(message("Subject: Depot"), "Depot", "Bob,\n\n" + words + "\n\nAnn")).isEmpty();
    }

    @Test
    void subjectAndSensitivityMarkings() {
        assertThat(Confidentiality.marking(message("Subject: x"), "CONFIDENTIAL: tenant complaint", ""))
            .contains("Subject: CONFIDENTIAL: tenant complaint");
        assertThat(Confidentiality.marking(message("Subject: x"), "Confidential waste collection missed", "")).isEmpty();
        assertThat(Confidentiality.marking(message("Sensitivity: Personal"), "Hill Street", "")).contains("Sensitivity: Personal");
        assertThat(Confidentiality.marking(message("Sensitivity: Normal"), "Hill Street", "")).isEmpty();
    }
}
