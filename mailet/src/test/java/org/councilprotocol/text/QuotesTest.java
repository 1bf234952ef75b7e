package org.councilprotocol.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.councilprotocol.text.QuotedPart.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain text split into the author's own words and the earlier correspondence it carries, as the
 * mail clients councillors and officers use write it: Outlook (desktop, web and its plain-text
 * bold markers), Gmail, Apple Mail and Thunderbird; and text that only looks like a quotation.
 */
class QuotesTest {

    private static MessageText read(String text) {
        return MessageText.ofPlainText(text);
    }

    // ---- Outlook

    @Test
    void outlookOriginalMessageBlockWithAddresses() {
        MessageText text = read("""
            Raj, for your information.

            Bob

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Bob, residents on Hill Street have had water in their cellars again.
            Can you tell me what is planned?

            Ann
            """);

        assertThat(text.authorText()).isEqualTo("Raj, for your information.\n\nBob");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.REPLY);
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.sent()).contains("23 November 2026 10:15");
            assertThat(part.subject()).contains("Flooding on Hill Street");
            assertThat(part.to()).containsExactly("bob.jones@northbrook.gov.uk", "Bob Jones");
            assertThat(part.cc()).isEmpty();
            assertThat(part.text()).startsWith("Bob, residents on Hill Street").endsWith("Ann");
            assertThat(part.marker()).isEqualTo("-----Original Message-----");
        });
    }

    @Test
    void outlookBareHeaderBlockUnderItsUnderscoreRule() {
        MessageText text = read("""
            Dear Cllr Smith,

            Thank you for your email. The drainage team will survey Hill Street on Thursday.

            Kind regards
            Bob Jones
            Highways Manager

            ________________________________
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: Monday, November 23, 2026 10:15 AM
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Cc: Cllr Lucy Gray <cllr.lucy.gray@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Bob, residents on Hill Street have had water in their cellars again.
            """);

        assertThat(text.authorText()).startsWith("Dear Cllr Smith,").endsWith("Highways Manager")
            .doesNotContain("____");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.sent()).contains("Monday, November 23, 2026 10:15 AM");
            assertThat(part.cc()).containsExactly("cllr.lucy.gray@northbrook.gov.uk", "Cllr Lucy Gray");
            assertThat(part.text()).isEqualTo("Bob, residents on Hill Street have had water in their cellars again.");
        });
    }

    @Test
    void outlookToAndCcLinesWithOnlyNames() {
        MessageText text = read("""
            Dan, can you pick this up please?

            From: Cllr Ann Smith
            Sent: 23 November 2026 10:15
            To: Bob Jones; Cllr Mary Jones
            Cc: Priya Shah; Councillor Tom Evans
            Subject: Abandoned car on Elm Grove

            There is an abandoned car on Elm Grove, outside number 14.
            """);

        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).isEmpty();
            assertThat(part.to()).containsExactly("Bob Jones", "Cllr Mary Jones");
            assertThat(part.cc()).containsExactly("Priya Shah", "Councillor Tom Evans");
            assertThat(part.text()).isEqualTo("There is an abandoned car on Elm Grove, outside number 14.");
        });
    }

    @Test
    void outlookSurnameFirstNamesAreKeptWhole() {
        // Council address books often show "Surname, First name"; Outlook then separates people with ';'.
        MessageText text = read("""
            Dan, please see below.

            From: Smith, Ann (Cllr) <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Jones, Bob; Jones, Mary (Cllr)
            Subject: Street lights out on Harbour Parade

            Three street lights are out on Harbour Parade.
            """);

        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Smith, Ann (Cllr)");
            assertThat(part.to()).containsExactly("Jones, Bob", "Jones, Mary (Cllr)");
        });
    }

    @Test
    void outlookWebPlainTextWithBoldMarkers() {
        MessageText text = read("""
            Forwarding as discussed.

            *From:* Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            *Sent:* 23 November 2026 10:15
            *To:* Bob Jones <bob.jones@northbrook.gov.uk>
            *Subject:* Fly-tipping behind the community centre

            Bob, there is fly-tipping behind the community centre again.
            """);

        assertThat(text.authorText()).isEqualTo("Forwarding as discussed.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.subject()).contains("Fly-tipping behind the community centre");
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk");
        });
    }

    @Test
    void outlookBlockWithALongRecipientListWrappedOverSeveralLines() {
        MessageText text = read("""
            Carol, for the briefing.

            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>; Dan Green <dan.green@northbrook.gov.uk>;
             Priya Shah <priya.shah@northbrook.gov.uk>; Helen Ward <helen.ward@northbrook.gov.uk>;
             Sarah Khan <sarah.khan@northbrook.gov.uk>
            Cc: Cllr Lucy Gray <cllr.lucy.gray@northbrook.gov.uk>; Cllr Mary Jones
             <cllr.mary.jones@northbrook.gov.uk>
            Subject: Winter gritting routes

            Can someone confirm the gritting routes for Cliftonville West?
            """);

        assertThat(text.authorText()).isEqualTo("Carol, for the briefing.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk", "priya.shah@northbrook.gov.uk",
                "sarah.khan@northbrook.gov.uk");
            assertThat(part.cc()).contains("cllr.lucy.gray@northbrook.gov.uk");
            assertThat(part.subject()).contains("Winter gritting routes");
            assertThat(part.text()).isEqualTo("Can someone confirm the gritting routes for Cliftonville West?");
        });
    }

    @Test
    void outlookOriginalMessageLineWithoutHeaders() {
        MessageText text = read("""
            Noted, thank you.

            -----Original Message-----
            Please can the bins on Elm Grove be collected before Christmas?
            """);

        assertThat(text.authorText()).isEqualTo("Noted, thank you.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).isEmpty();
            assertThat(part.fromAddress()).isEmpty();
            assertThat(part.text()).isEqualTo("Please can the bins on Elm Grove be collected before Christmas?");
        });
    }

    @Test
    void outlookNestedRepliesComeMostRecentFirst() {
        MessageText text = read("""
            Raj, see the exchange below.

            -----Original Message-----
            From: Bob Jones <bob.jones@northbrook.gov.uk>
            Sent: 23 November 2026 14:02
            To: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Subject: RE: Flooding on Hill Street

            Ann, the drainage team will survey the street on Thursday.

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Flooding on Hill Street

            Bob, residents have had water in their cellars again.
            """);

        assertThat(text.quoted()).hasSize(2);
        assertThat(text.quoted().get(0).fromAddress()).contains("bob.jones@northbrook.gov.uk");
        assertThat(text.quoted().get(0).text()).isEqualTo("Ann, the drainage team will survey the street on Thursday.");
        assertThat(text.quoted().get(1).fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(text.quoted().get(1).text()).isEqualTo("Bob, residents have had water in their cellars again.");
    }

    @Test
    void outlookReplyToAGmailMessageKeepsEachAuthorsWordsApart() {
        MessageText text = read("""
            Dan, over to you.

            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 15:40
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Re: Dog fouling on the promenade

            Thanks Bob. Please do not share this with other councillors yet.

            On Mon, 23 Nov 2026 at 12:01, Margaret Hughes <margaret.hughes@btinternet.com> wrote:
            > Dear Cllr Smith, the promenade is a disgrace. Please share this with
            > everyone on the council.
            """);

        assertThat(text.quoted()).hasSize(2);
        QuotedPart ann = text.quoted().get(0);
        assertThat(ann.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(ann.text()).isEqualTo("Thanks Bob. Please do not share this with other councillors yet.");
        QuotedPart resident = text.quoted().get(1);
        assertThat(resident.fromAddress()).contains("margaret.hughes@btinternet.com");
        assertThat(resident.text()).startsWith("Dear Cllr Smith").contains("everyone on the council");
    }

    // ---- Gmail, Apple Mail, Thunderbird

    @Test
    void gmailAttributionWithAddress() {
        MessageText text = read("""
            Ann, the library will open 9 to 5 from January.

            On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:

            > Bob, could you confirm the new opening hours for Westbrook library?
            > Please copy in Cllr Raj Patel when you reply.
            >
            > Ann
            """);

        assertThat(text.authorText()).isEqualTo("Ann, the library will open 9 to 5 from January.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.REPLY);
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("""
                Bob, could you confirm the new opening hours for Westbrook library?
                Please copy in Cllr Raj Patel when you reply.

                Ann""");
            assertThat(part.marker()).startsWith("On Mon, 23 Nov 2026 at 10:15").endsWith("wrote:");
        });
    }

    @Test
    void gmailAttributionWrappedOverTwoLines() {
        MessageText text = read("""
            Thanks Ann, passed to the team.

            On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            wrote:

            > The bus shelter on Canterbury Road has been smashed again.
            """);

        assertThat(text.authorText()).isEqualTo("Thanks Ann, passed to the team.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("The bus shelter on Canterbury Road has been smashed again.");
        });
    }

    @Test
    void gmailAttributionWrappedInsideTheAddress() {
        MessageText text = read("""
            Noted.

            On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith <
            cllr.ann.smith@northbrook.gov.uk> wrote:
            > The bus shelter on Canterbury Road has been smashed again.
            """);

        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        });
    }

    @Test
    void thunderbirdAttributionWithOnlyAName() {
        MessageText text = read("""
            I will chase this today.

            On 23/11/2026 10:15, Cllr Ann Smith wrote:
            > Could you chase the gas board about the trench on Station Road?
            """);

        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.fromAddress()).isEmpty();
            assertThat(part.text()).isEqualTo("Could you chase the gas board about the trench on Station Road?");
        });
    }

    @Test
    void appleBeginForwardedMessage() {
        MessageText text = read("""
            Raj - see below from Ann.

            Sent from my iPad

            Begin forwarded message:

            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Subject: Parking on Dane Road
            Date: 23 November 2026 at 10:15:00 GMT
            To: Bob Jones <bob.jones@northbrook.gov.uk>

            Bob, residents are asking for a residents' parking scheme on Dane Road.
            """);

        assertThat(text.authorText()).isEqualTo("Raj - see below from Ann.\n\nSent from my iPad");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.sent()).contains("23 November 2026 at 10:15:00 GMT");
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk");
            assertThat(part.subject()).contains("Parking on Dane Road");
            assertThat(part.text()).isEqualTo("Bob, residents are asking for a residents' parking scheme on Dane Road.");
        });
    }

    @Test
    void appleForwardWithQuotedHeaders() {
        MessageText text = read("""
            Raj - see below from Ann.

            Begin forwarded message:

            > From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            > Subject: Parking on Dane Road
            > Date: 23 November 2026 at 10:15:00 GMT
            > To: Bob Jones <bob.jones@northbrook.gov.uk>
            >
            > Bob, residents are asking for a residents' parking scheme on Dane Road.
            """);

        assertThat(text.authorText()).isEqualTo("Raj - see below from Ann.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
            assertThat(part.to()).contains("bob.jones@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("Bob, residents are asking for a residents' parking scheme on Dane Road.");
        });
    }

    @Test
    void gmailForwardedMessage() {
        MessageText text = read("""
            Raj, FYI.

            ---------- Forwarded message ---------
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Date: Mon, 23 Nov 2026 at 10:15
            Subject: Christmas lights in the town centre
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Cc: Cllr Lucy Gray <cllr.lucy.gray@northbrook.gov.uk>


            Bob, when will the Christmas lights be switched on this year?
            """);

        assertThat(text.authorText()).isEqualTo("Raj, FYI.");
        assertThat(text.quoted()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo(Kind.FORWARD);
            assertThat(part.fromName()).contains("Cllr Ann Smith");
            assertThat(part.sent()).contains("Mon, 23 Nov 2026 at 10:15");
            assertThat(part.cc()).contains("cllr.lucy.gray@northbrook.gov.uk");
            assertThat(part.text()).isEqualTo("Bob, when will the Christmas lights be switched on this year?");
            assertThat(part.marker()).isEqualTo("---------- Forwarded message ---------");
        });
    }

    @Test
    void gmailReplyToAReply() {
        MessageText text = read("""
            Thanks both, I'll let residents know.

            On Mon, 23 Nov 2026 at 14:02, Bob Jones <bob.jones@northbrook.gov.uk> wrote:
            > Ann, the survey is booked for Thursday.
            >
            > On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
            >> Bob, residents on Hill Street have had water in their cellars again.
            >> Please treat this as confidential for now.
            """);

        assertThat(text.authorText()).isEqualTo("Thanks both, I'll let residents know.");
        assertThat(text.quoted()).hasSize(2);
        assertThat(text.quoted().get(0).fromAddress()).contains("bob.jones@northbrook.gov.uk");
        assertThat(text.quoted().get(0).text()).isEqualTo("Ann, the survey is booked for Thursday.");
        assertThat(text.quoted().get(1).fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(text.quoted().get(1).text()).isEqualTo("""
            Bob, residents on Hill Street have had water in their cellars again.
            Please treat this as confidential for now.""");
    }

    @Test
    void bottomPostedAndInterleavedRepliesKeepTheAuthorsWords() {
        MessageText text = read("""
            On Mon, 23 Nov 2026 at 10:15, Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk> wrote:
            > When will the lights on Harbour Parade be fixed?

            The contractor is booked for Wednesday.

            > And is the footpath closure still needed?

            Yes, until the new kerbs are laid. This answers the question you raised at Full Council,
            so I have copied group leaders.

            Bob
            """);

        assertThat(text.authorText()).contains("The contractor is booked for Wednesday.",
            "Yes, until the new kerbs are laid.", "question you raised at Full Council", "Bob")
            .doesNotContain("When will the lights");
        assertThat(text.quoted()).hasSize(2);
        assertThat(text.quoted().get(0).fromAddress()).contains("cllr.ann.smith@northbrook.gov.uk");
        assertThat(text.quoted().get(0).text()).isEqualTo("When will the lights on Harbour Parade be fixed?");
        assertThat(text.quoted().get(1).text()).isEqualTo("And is the footpath closure still needed?");
        assertThat(text.allText()).contains("When will the lights", "The contractor is booked");
    }

    // ---- Things that are not quotations

    @Test
    void aPlainMessageHasNoQuotation() {
        String body = """
            Dear Bob,

            Residents of Elm Grove tell me the street lights have been out since Friday.
            Could you let me know when they will be repaired?

            Kind regards
            Cllr Ann Smith
            Cliftonville West ward
            """;
        MessageText text = read(body);

        assertThat(text.quoted()).isEmpty();
        assertThat(text.authorText()).isEqualTo(body.strip());
        assertThat(text.allText()).isEqualTo(body);
        assertThat(text.truncated()).isFalse();
    }

    @Test
    void aFromLineInOrdinaryProseIsNotAHeaderBlock() {
        String body = """
            Bob,

            I have had the following letter about the allotments.
            From: the residents' association of Elm Grove
            They say the water supply has been off since the summer.
            Subject to your advice, I will reply to them next week.

            Ann
            """;
        MessageText text = read(body);

        assertThat(text.quoted()).isEmpty();
        assertThat(text.authorText()).isEqualTo(body.strip());
    }

    @Test
    void aRoadworksNoticeWithFromAndToDatesIsNotAHeaderBlock() {
        String body = """
            Road closure: Station Road
            From: Monday 30 November 2026
            To: Friday 4 December 2026
            Date of the next review: 1 December
            Reason: gas main replacement

            Diversion via Canterbury Road.
            """;
        assertThat(read(body).quoted()).isEmpty();
    }

    @Test
    void wroteInProseWithoutAQuotationIsNotAnAttribution() {
        String body = """
            Bob,

            Mrs Hughes wrote:
            "The promenade has not been swept for a month."
            I agree with her. Can it be added to the cleansing rota?

            Ann
            """;
        MessageText text = read(body);

        assertThat(text.quoted()).isEmpty();
        assertThat(text.authorText()).contains("Mrs Hughes wrote:", "cleansing rota");
    }

    @Test
    void sentFromMyIphoneAndDateInProseAreNotHeaders() {
        String body = """
            Bob, can we meet on site?
            Date: whenever suits you this week.

            Sent from my iPhone
            """;
        assertThat(read(body).quoted()).isEmpty();
    }

    // ---- Hostile input

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tenThousandQuoteMarksOnALine() {
        String line = ">".repeat(10_000);
        MessageText text = read("Bob,\n\n" + line + " Hill Street\n" + line + "\n\nAnn\n");

        assertThat(text.authorText()).startsWith("Bob,");
        assertThat(text.allText()).contains("Hill Street");
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void longRunsOfSpacesDoNotStallTheReading() {
        String spaces = " ".repeat(20_000);
        String body = "Bob,\n" + spaces + "\n" + "x" + spaces + "wrote:\n" + "From:" + spaces + "x\n"
            + "On" + spaces + "\n" + spaces + "wrote:\n> quoted\nAnn\n";
        MessageText text = read(body);

        assertThat(text.authorText()).startsWith("Bob,");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void thousandsOfHeaderLikeLinesAreReadInReasonableTime() {
        StringBuilder body = new StringBuilder("Raj, the whole chain.\n\n");
        for (int i = 0; i < 2_000; i++) {
            body.append("-----Original Message-----\nFrom: Bob Jones <bob.jones@northbrook.gov.uk>\n")
                .append("Sent: 23 November 2026 10:15\nTo: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>\n")
                .append("Subject: RE: Flooding\n\nMessage ").append(i).append("\n\n");
        }
        MessageText text = read(body.toString());

        assertThat(text.authorText()).isEqualTo("Raj, the whole chain.");
        assertThat(text.quoted()).hasSize(2_000);
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deeplyNestedQuotationsStopAtTheLimit() {
        StringBuilder body = new StringBuilder("Latest reply.\n\n");
        for (int depth = 1; depth <= 40; depth++) {
            String prefix = ">".repeat(depth) + " ";
            body.append(prefix).append("On Mon, 23 Nov 2026, Bob Jones <bob.jones@northbrook.gov.uk> wrote:\n");
        }
        body.append(">".repeat(41)).append(" The first message.\n");
        MessageText text = read(body.toString());

        assertThat(text.authorText()).isEqualTo("Latest reply.");
        assertThat(text.quoted()).isNotEmpty().hasSizeLessThan(20);
        assertThat(text.allText()).contains("The first message.");
    }

    // ---- Recipient lists

    @Test
    void peopleFromToAndCcLines() {
        assertThat(Quotes.people("\"Smith, Ann\" <cllr.ann.smith@northbrook.gov.uk>, Bob Jones <bob.jones@northbrook.gov.uk>"))
            .containsExactly("cllr.ann.smith@northbrook.gov.uk", "Smith, Ann", "bob.jones@northbrook.gov.uk", "Bob Jones");
        assertThat(Quotes.people("Cllr Raj Patel [mailto:cllr.raj.patel@northbrook.gov.uk]; dan.green@northbrook.gov.uk"))
            .containsExactly("cllr.raj.patel@northbrook.gov.uk", "Cllr Raj Patel", "dan.green@northbrook.gov.uk");
        assertThat(Quotes.people("Bob Jones; Cllr Mary Jones")).containsExactly("Bob Jones", "Cllr Mary Jones");
        assertThat(Quotes.people("Jones, Mary (Cllr); Green, Dan")).containsExactly("Jones, Mary (Cllr)", "Green, Dan");
        assertThat(Quotes.people("Bob Jones, Dan Green")).containsExactly("Bob Jones", "Dan Green");
        assertThat(Quotes.people(" ; ")).isEmpty();
    }

    @Test
    void splitGivesNothingForEmptyText() {
        Quotes.Split split = Quotes.split("");
        assertThat(split.authorText()).isEmpty();
        assertThat(split.quoted()).isEmpty();
        assertThat(Quotes.split("\n\n   \n").quoted()).isEmpty();
    }

    @Test
    void partsAreImmutable() {
        QuotedPart part = read("""
            FYI

            -----Original Message-----
            From: Cllr Ann Smith <cllr.ann.smith@northbrook.gov.uk>
            Sent: 23 November 2026 10:15
            To: Bob Jones <bob.jones@northbrook.gov.uk>
            Subject: Hill Street
            
            Text
            """).quoted().get(0);
        assertThat(List.of(part.to(), part.cc())).allSatisfy(list ->
            assertThatThrownBy(() -> list.add("x"))
                .isInstanceOf(UnsupportedOperationException.class));
        assertThat(part.fromName()).isEqualTo(Optional.of("Cllr Ann Smith"));
    }
}
