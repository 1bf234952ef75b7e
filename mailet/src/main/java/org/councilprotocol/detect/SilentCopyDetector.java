package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.Visibility;

/**
 * {@code silent-copy}: a member receives member–officer correspondence as a blind copy (in the SMTP
 * envelope but not in To or Cc), so the member or officer it is addressed to cannot see who else has it.
 */
public final class SilentCopyDetector implements Detector {
    public static final String RULE = "silent-copy";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        Correspondence correspondence = context.correspondence();
        if (!judgesSender(rule, correspondence.senderKind())) {
            return List.of();
        }
        Person sender = correspondence.senderPerson().orElseThrow();
        Predicate<Participant> otherSide = sender.isMember()
            ? recipient -> recipient.isOfficer() || recipient.person().isEmpty() && recipient.councilAddress()
            : Participant::isMember;
        Predicate<Person> otherSidePerson = person -> sender.isMember() ? person.isOfficer() : person.isMember();
        Set<Person> openPeople = new LinkedHashSet<>();
        correspondence.recipients().stream().filter(recipient -> recipient.visibility().isOpen())
            .forEach(recipient -> recipient.person().ifPresent(openPeople::add));
        List<Participant> blindMembers = correspondence.recipients().stream()
            .filter(recipient -> recipient.visibility() == Visibility.BLIND)
            .filter(Participant::isMember)
            .filter(recipient -> !recipient.person().get().equals(sender))
            // A member named openly at one address and in the envelope at another is not hidden.
            .filter(recipient -> !openPeople.contains(recipient.person().get()))
            .toList();
        if (blindMembers.isEmpty()) {
            return List.of();
        }
        List<Person> blindPeople = blindMembers.stream().map(blind -> blind.person().get()).distinct().toList();
        List<Participant> correspondents = correspondence.recipients().stream()
            .filter(recipient -> recipient.visibility().isOpen())
            .filter(otherSide)
            .toList();
        // Who the sender is corresponding with when nobody on the other side is addressed openly:
        // the thread's people (not those who were themselves blind copies) and the authors it quotes.
        Set<Person> earlier = new LinkedHashSet<>();
        correspondence.thread().earlierParticipants().stream()
            .filter(participant -> !"blind".equals(participant.firstSeenAs()))
            .map(participant -> Optional.ofNullable(participant.personId()).flatMap(context.directory()::person))
            .flatMap(Optional::stream)
            .filter(otherSidePerson)
            .forEach(earlier::add);
        context.text().quoted().stream()
            .map(part -> part.fromAddress().flatMap(context.directory()::byAddress)
                .or(() -> part.fromName().flatMap(name -> People.named(context.directory(), name))))
            .flatMap(Optional::stream)
            .filter(otherSidePerson)
            .forEach(earlier::add);
        earlier.remove(sender);
        blindPeople.forEach(earlier::remove);
        if (correspondents.isEmpty() && earlier.isEmpty()) {
            // Not member–officer correspondence.
            return List.of();
        }

        List<String> evidence = new ArrayList<>();
        blindMembers.forEach(blind -> evidence.add("Blind copy (envelope only, not in To or Cc): " + People.describe(blind)));
        openLine(correspondence, Visibility.TO).ifPresent(evidence::add);
        openLine(correspondence, Visibility.CC).ifPresent(evidence::add);
        List<Person> correspondentPeople = correspondents.stream().flatMap(c -> c.person().stream()).distinct().toList();
        List<String> between = new ArrayList<>();
        between.add(People.names(List.of(sender)));
        if (correspondents.isEmpty()) {
            earlier.forEach(person -> between.add(People.names(List.of(person))));
        } else {
            correspondents.stream().map(People::name).distinct().forEach(between::add);
        }
        String summary = People.names(blindPeople) + (blindPeople.size() == 1 ? " was" : " were")
            + " sent a blind copy of correspondence between " + People.join(between) + ".";
        List<Person> protectedPeople = correspondents.isEmpty() ? List.copyOf(earlier) : correspondentPeople;
        List<String> tell = rule.action() == Action.DISCLOSE
            ? protectedPeople.stream().map(Person::id).toList() : List.of();
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, evidence,
            blindPeople.stream().map(Person::id).toList(), tell));
    }

    /** Whether the rule judges mail from this kind of sender (the profile's {@code senders}, default both). */
    static boolean judgesSender(RuleConfig rule, SenderKind kind) {
        if (kind == SenderKind.EXTERNAL) {
            return false;
        }
        List<String> senders = rule.parameters().stringList("senders");
        return senders.isEmpty() || senders.contains(kind.id());
    }

    private static Optional<String> openLine(Correspondence correspondence, Visibility visibility) {
        List<String> addressed = correspondence.recipients().stream()
            .filter(recipient -> recipient.visibility() == visibility)
            .map(People::describe)
            .toList();
        return addressed.isEmpty() ? Optional.empty()
            : Optional.of((visibility == Visibility.TO ? "To: " : "Cc: ") + String.join(", ", addressed));
    }
}
