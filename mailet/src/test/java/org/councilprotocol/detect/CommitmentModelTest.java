package org.councilprotocol.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentModelTest {
    private static final String NORTHBROOK = "Northbrook District Council";
    private static final Set<String> NORTHBROOK_WORDS = CommitmentModel.councilWords(NORTHBROOK);
    private final Commitments commitments = Commitments.forCouncil(NORTHBROOK);

    private static double probability(String sentence) {
        return CommitmentModel.shared().probability(Commitments.normalise(sentence), NORTHBROOK_WORDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We will put £2,000 towards the youth club's new kitchen.",
        "The Council will see you right on the cost of the new gate.",
    })
    void findsCommitmentsInWordingNoRuleWasWrittenFor(String sentence) {
        assertThat(probability(sentence)).isGreaterThanOrEqualTo(Commitments.MODEL_FIRM);
        assertThat(commitments.read(sentence)).contains(Commitment.Kind.UNDERTAKING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Each of these scores high with the model; the words around the promise take it out of the model's hands.
        "The Council will not reimburse the cost of your wheelie bin.",
        "We will update you on the grant payment next week.",
    })
    void leavesToTheRulesWhatItCannotReadTheScopeOf(String sentence) {
        assertThat(probability(sentence)).isGreaterThanOrEqualTo(Commitments.MODEL_FIRM);
        assertThat(commitments.read(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Will the Council put £2,000 towards the youth club's new kitchen?",
        "If the budget allows, we will put £2,000 towards the youth club's new kitchen.",
        "Officers tell me the Council will see you right on the cost of the new gate.",
        "Southgate Borough Council will put £2,000 towards the youth club's new kitchen.",
        "The parish council will put £2,000 towards the youth club's new kitchen.",
        "I write on behalf of the Council to inform you that the depot will close.",
        "Kind regards",
        "Thank you for your email.",
    })
    void findsNothingInQuestionsConditionsReportsOtherCouncilsNoticesOrCourtesies(String sentence) {
        assertThat(commitments.read(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Someone outside the Council, or the reader, is the one bound: the model is not asked
        "The bowls club will refund every member who paid for the cancelled tournament.",
        "As a tenant, you will pay your share of the new communal heating through the service charge.",
        "The owner of the trailer will have to remove it within seven days.",
        "Your garage rent will go up by £3 a week from April.",
        "Our grant from the county is topped up to £9,000.",
        "The Council's licensing committee meets on the second Monday of the month.",
        "Waiting another year will only push up the final bill for the sea wall.",
    })
    void leavesAloneWhatBindsSomeoneElse(String sentence) {
        assertThat(commitments.read(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Words that only look like a condition, a hedge or a negation do not take the sentence from the model
        "We will put £500 towards the lunch club's new oven by 3 May.",
        "We will put £500 towards the lunch club's new oven, at no cost to the club.",
        "We will put £500 towards the lunch club's oven for members who cannot cook at home.",
        "The Council will keep the community café open until 6pm on Fridays.",
        // A notice whose news is the Council's own promise
        "I am writing to tell you that we will put £2,000 towards the kitchen.",
    })
    void readsPlainStatementsWithHarmlessWords(String sentence) {
        assertThat(commitments.read(sentence)).isPresent();
    }

    @Test
    void readsTheInstallingCouncilsOwnNameAsTheCouncil() {
        Commitments southgate = Commitments.forCouncil("Southgate Borough Council");

        assertThat(CommitmentModel.councilWords("Southgate Borough Council")).containsExactlyInAnyOrder("southgate", "sbc");
        assertThat(southgate.read("Southgate will put £2,000 towards the youth club's new kitchen.")).isPresent();
        assertThat(southgate.read("The district council will put £2,000 towards the youth club's new kitchen.")).isEmpty();
    }

    @Test
    void learnsTheSameModelFromTheSameSentences() {
        CommitmentModel again = CommitmentModel.train(CommitmentModel.TRAINING_SPLITS);
        for (String sentence : List.of("We will put £2,000 towards the youth club's new kitchen.",
                "I will raise the state of the footpath with officers.")) {
            String normal = Commitments.normalise(sentence);
            assertThat(again.probability(normal, NORTHBROOK_WORDS)).isEqualTo(probability(sentence));
        }
    }

    @Test
    void leavesGreetingsAndSignOffsAtNothing() {
        assertThat(probability("Kind regards")).isZero();
        assertThat(probability("Cllr Ann Smith")).isZero();
    }
}
