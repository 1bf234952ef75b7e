package org.councilprotocol.detect;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Finding;

/**
 * {@code obligation-in-member-name}: a letter in a member's name that commits the Council (a payment,
 * a waiver, an agreement, an undertaking) or instructs someone on its behalf (Dartford Correspondence 2,
 * Dudley 126, Thanet 10.2.4, Derbyshire 9.2, Knutsford 12.4). No role is excepted: such letters go out
 * in the responsible officer's name. Evidence is each committing sentence and where it was found.
 */
public final class ObligationDetector implements Detector {
    public static final String RULE = "obligation-in-member-name";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        MemberLetter letter = context.memberLetter();
        if (letter.member().isEmpty() || letter.commitments().isEmpty()) {
            return List.of();
        }
        List<String> evidence = letter.commitments().stream()
            .map(commitment -> commitment.source().equals(Commitment.MESSAGE) ? commitment.sentence()
                : commitment.sentence() + " (" + commitment.source() + ")")
            .distinct()
            .toList();
        Commitment first = letter.commitments().get(0);
        String summary = "A letter " + letter.namedBy() + " commits the Council: " + first.kind().described() + " in "
            + first.where() + (letter.commitments().size() > 1 ? ", and " + (letter.commitments().size() - 1) + " more" : "")
            + ". It should be sent by the responsible officer in their own name.";
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, evidence, List.of(letter.member().get().id())));
    }
}
