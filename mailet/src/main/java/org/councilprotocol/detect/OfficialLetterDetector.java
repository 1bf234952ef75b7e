package org.councilprotocol.detect;

import java.util.List;
import java.util.Set;

import org.councilprotocol.config.ConfigNode;
import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Finding;

/**
 * {@code official-letter-in-member-name}: a member's letter that speaks formally for the Council ("on
 * behalf of the Council", "the Council has decided", "notice is given") without committing it (Dartford
 * Correspondence 2–3, Dudley 124–125, Thanet 10.2.2–10.2.3, Derbyshire 9.2–9.3, Knutsford 12.2–12.3).
 * Official letters normally carry an officer's name; the profile's {@code allowed} list names the roles
 * that may sign them, to anyone or only to a Government Minister. A member's courtesy letters (thanks,
 * congratulations, invitations) are not official business, and a letter headed with the profile's
 * {@code office-heading} is the member's own. When the letter also commits the Council, the stronger
 * {@code obligation-in-member-name} finding is the one reported.
 */
public final class OfficialLetterDetector implements Detector {
    public static final String RULE = "official-letter-in-member-name";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        MemberLetter letter = context.memberLetter();
        if (letter.member().isEmpty() || letter.officialWords().isEmpty() || letter.ownOfficeHeading()) {
            return List.of();
        }
        if (!letter.commitments().isEmpty() && context.profile().rule(ObligationDetector.RULE).isPresent()) {
            return List.of();
        }
        if (allowed(letter, rule.parameters())) {
            return List.of();
        }
        String summary = "A letter " + letter.namedBy() + " speaks formally for the Council. Official letters normally "
            + "go out in the responsible officer's name, and the member's role does not allow it here.";
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, letter.officialWords(),
            List.of(letter.member().get().id())));
    }

    private static boolean allowed(MemberLetter letter, ConfigNode parameters) {
        return parameters.get("allowed").map(list -> list.list("allowed", item -> item)).orElse(List.of()).stream()
            .anyMatch(item -> letter.memberHolds(Set.copyOf(item.stringList("roles")))
                && (item.string("to").equals("anyone") || letter.toMinister()));
    }
}
