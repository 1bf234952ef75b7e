package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilprotocol.detect.Commitment.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentsTest {
    private final Commitments commitments = Commitments.forCouncil("Northbrook District Council");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        PAYMENT     | The Council will pay for the replacement fence in full.
        PAYMENT     | I can confirm that Northbrook District Council will reimburse the £240 you spent on the skip.
        PAYMENT     | NDC will cover the cost of the temporary accommodation until the end of March.
        PAYMENT     | We will refund your parking permit on behalf of the Council.
        PAYMENT     | You will receive a full refund of the licence fee within 14 days.
        PAYMENT     | Your claim for the damaged tyre has been approved and a cheque is on its way.
        PAYMENT     | The £1,500 will be paid to the residents' association next week.
        WAIVER      | The Council will not charge you for the replacement bin.
        WAIVER      | Your late payment penalty has been waived.
        WAIVER      | The fee for the pavement licence is waived for this year.
        WAIVER      | There will be no charge for removing the fly-tipped sofa.
        AGREEMENT   | The Council has agreed to extend your lease on the unit by two years.
        AGREEMENT   | On behalf of the Council I accept your quotation of £8,400 for the play area.
        AGREEMENT   | I have approved your grant application on behalf of the Council.
        INSTRUCTION | Please proceed with the works.
        INSTRUCTION | You are hereby instructed to start the resurfacing on Monday.
        INSTRUCTION | I instruct you to stop all work on the site immediately.
        INSTRUCTION | Please consider this email as formal authorisation to order the new railings.
        INSTRUCTION | Hi Dave, please go ahead with the repairs as quoted.
        INSTRUCTION | Pay Mr Jones the £200 from my ward budget.
        UNDERTAKING | The Council will repair the pothole outside number 14 by Friday.
        UNDERTAKING | Northbrook Council is going to replace all the streetlights on Elm Road this winter.
        UNDERTAKING | Officers will clear the fly-tipping from the alley tomorrow.
        UNDERTAKING | The highways team will resurface the whole of Mill Lane in April.
        """)
    void findsCommitments(Kind kind, String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I fully support the scheme and think the Council should fund it.",
        "I will ask the highways team to look at the pothole.",
        "I'll raise it with officers and ask them to repair the fence.",
        "The officer's letter says the Council will repair it by March.",
        "Officers have confirmed that the Council will pay for the fence.",
        "If Cabinet approves the budget, the Council would fund the new play area.",
        "If Cabinet agrees, the Council will pay for the new play area.",
        "I cannot commit the Council to any payment.",
        "I'm afraid the Council will not pay for private drainage.",
        "Will the Council pay for this?",
        "Could you let me know whether the Council will pay for the repair?",
        "You must submit the form by Friday.",
        "You will need to pay the fee before the licence is issued.",
        "I'll pop round on Friday to have a look.",
        "The Council has a duty to maintain the footpath.",
        "In 2019 the Council agreed to pay for the railings but nothing happened.",
        "I think the Council will pay in the end.",
        "Hopefully the Council will repair it soon.",
        "We will keep you updated.",
        "We will let you know as soon as we hear.",
        "The Council will provide an update next week.",
        "I agree with you that the Council should pay.",
        "I accept that the situation is frustrating.",
        "I confirm that I will attend the residents' meeting.",
        "Please could you look into the flooding on Mill Lane?",
        "Can you arrange a meeting with the housing team next week?",
        "Please go ahead and book the hall for my surgery.",
        "We will deliver leaflets across the ward this weekend.",
        "The council will consider your request at its next meeting.",
        "According to officers, the council will fix the lights next month.",
        "I've asked whether the council will waive the fee.",
        "I'd like to see the council pay for the damage.",
        "The Council will be in touch to arrange a visit.",
        "Subject to funding being available, the Council will build a new skate park.",
        "It would be great if the Council could pay for this.",
        "The contractor will repair it next week, I'm told.",
        "Thank you for your email about the bins.",
        "Dear Mrs Patel, thank you for contacting me about the parking charges."
    })
    void leavesWhatBindsNobody(String sentence) {
        assertThat(commitments.read(sentence)).as(sentence).isEmpty();
    }
}
