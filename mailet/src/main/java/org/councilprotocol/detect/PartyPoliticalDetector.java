package org.councilprotocol.detect;

import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Capacity;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;

/**
 * {@code party-political-use}: a member uses council email for party politics: canvassing, leaflets,
 * elections, party meetings, fundraising for a party (Dartford Use of Council resources 2, Dudley 131,
 * Thanet 9.4.1, Derbyshire 5.7, Knutsford 14.1). Whoever it is sent to, council mail is for council
 * business only. A ward or committee email that merely names a party is not party-political; see
 * {@link CapacityClassifier} for how the capacity is read.
 */
public final class PartyPoliticalDetector implements Detector {
    public static final String RULE = "party-political-use";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        if (context.correspondence().senderKind() != SenderKind.MEMBER) {
            return List.of();
        }
        CapacityReading reading = context.capacity();
        if (reading.capacity() != Capacity.PARTY_POLITICAL) {
            return List.of();
        }
        Person sender = context.correspondence().senderPerson().orElseThrow();
        String summary = "Cllr " + sender.name() + " used council email for party-political campaigning;"
            + " council email is for council business only.";
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, reading.evidence(), List.of(sender.id())));
    }
}
