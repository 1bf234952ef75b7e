package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.List;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Capacity;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;

/**
 * {@code capacity-undeclared}: a member writes as a ward councillor to someone outside the council (a
 * resident, an organisation, the media: an open or blind recipient who is neither in the directory nor
 * one of the council's own mailboxes) and nothing in the message, its quoted history included, says so
 * (Dartford Correspondence 4, Dudley 127, Thanet 10.2.5, Derbyshire 9.3, Knutsford 12.5).
 *
 * <p>Mail only to officers and members gets no finding: they know the member's roles. The capacity
 * itself comes from {@link MessageContext#capacity()}, read once per message.
 */
public final class CapacityUndeclaredDetector implements Detector {
    public static final String RULE = "capacity-undeclared";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        if (context.correspondence().senderKind() != SenderKind.MEMBER) {
            return List.of();
        }
        List<Participant> outside = context.correspondence().recipients().stream().filter(Participant::isExternal).toList();
        if (outside.isEmpty()) {
            return List.of();
        }
        CapacityReading reading = context.capacity();
        if (reading.capacity() != Capacity.WARD || reading.declared()) {
            return List.of();
        }
        Person sender = context.correspondence().senderPerson().orElseThrow();
        String ward = reading.ward().map(name -> " for " + name).orElse("");
        List<String> addresses = outside.stream().map(Participant::address).toList();
        String to = addresses.size() == 1 ? addresses.get(0)
            : String.join(", ", addresses.subList(0, addresses.size() - 1)) + " and " + addresses.get(addresses.size() - 1);
        String summary = "Cllr " + sender.name() + " wrote to " + to + " as ward councillor" + ward
            + " without saying so in the message.";
        List<String> evidence = new ArrayList<>(reading.evidence());
        evidence.add("No statement of capacity found");
        evidence.add("Written to someone outside the council: " + String.join(", ", addresses));
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, evidence, List.of(sender.id())));
    }
}
