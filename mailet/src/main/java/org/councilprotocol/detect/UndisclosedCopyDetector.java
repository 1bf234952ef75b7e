package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.config.RuleConfig;
import org.councilprotocol.model.Action;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.model.ThreadContext.ThreadParticipant;
import org.councilprotocol.model.Visibility;
import org.councilprotocol.text.QuotedPart;

/**
 * {@code undisclosed-copy}: an officer passes a member's correspondence to another member who was
 * not a party to it, on no ground the council's protocol allows; or, where the profile says so,
 * to another officer when it is marked confidential; or a member passes on their own correspondence
 * that is marked confidential.
 *
 * <p>Whose correspondence it is comes from the thread the gateway recorded and, for mail first sent
 * before the gateway was installed, from the quoted or forwarded text itself.
 */
public final class UndisclosedCopyDetector implements Detector {
    public static final String RULE = "undisclosed-copy";

    @Override
    public String rule() {
        return RULE;
    }

    @Override
    public List<Finding> detect(MessageContext context, RuleConfig rule) {
        Correspondence correspondence = context.correspondence();
        if (correspondence.senderKind() == SenderKind.EXTERNAL) {
            return List.of();
        }
        Directory directory = context.directory();
        Person sender = correspondence.senderPerson().orElseThrow();
        Optional<Origin> origin = origin(context);
        if (origin.isEmpty() || origin.get().author().equals(sender) && sender.isOfficer()) {
            return List.of();
        }
        Origin original = origin.get();
        Person author = original.author();
        String subject = subject(context);
        String authorWords = original.authorWords();

        Set<String> parties = parties(context, original);
        // Blind copies that silent-copy reports are its findings, not this rule's.
        Set<String> silentlyCopied = silentlyCopied(context);
        List<Participant> newcomers = correspondence.recipients().stream()
            .filter(recipient -> !recipient.address().equalsIgnoreCase(sender.primaryAddress()))
            .filter(recipient -> recipient.person().map(person -> !person.equals(author) && !person.equals(sender)).orElse(true))
            .filter(recipient -> !parties.contains(recipient.address().toLowerCase(Locale.ROOT)))
            .filter(recipient -> recipient.person().map(person -> !parties.contains(person.id())).orElse(true))
            .filter(recipient -> !(recipient.visibility() == Visibility.BLIND
                && recipient.personId().filter(silentlyCopied::contains).isPresent()))
            .toList();
        if (newcomers.isEmpty()) {
            // Everyone it goes to was a party already: nothing to read for a marking or a ground.
            return List.of();
        }
        // The correspondence passed on is everything the message carries, whoever wrote each part.
        String carried = String.join("\n\n", context.text().quoted().stream().map(QuotedPart::text).toList());
        Optional<String> marking = Confidentiality.marking(context.submission().message(), subject,
            carried.isEmpty() ? authorWords : carried);

        if (sender.isMember()) {
            // A member may pass on their own correspondence "to other Members and third parties" unless
            // it is marked confidential (Thanet 9.1.12); other officers of the council are neither.
            boolean own = author.equals(sender);
            newcomers = newcomers.stream().filter(recipient -> recipient.isMember() || recipient.isExternal()).toList();
            if (!own || marking.isEmpty() || !rule.parameters().optionalBoolean("member-own-copy-confidential").orElse(false)
                || newcomers.isEmpty()) {
                return List.of();
            }
            List<Person> copied = newcomers.stream().flatMap(recipient -> recipient.person().stream()).toList();
            List<String> evidence = new ArrayList<>();
            evidence.add("Marked confidential: " + marking.get());
            newcomers.forEach(recipient -> evidence.add("Copied to: " + People.describe(recipient)));
            return List.of(new Finding(RULE, rule.action(), rule.clause(), "Cllr " + sender.name()
                + " passed on their own correspondence marked confidential to " + describeAll(newcomers) + ".",
                evidence, copied.stream().map(Person::id).toList(), List.of()));
        }

        boolean officersNeedGround = marking.isPresent()
            && rule.parameters().optionalBoolean("officers-allowed-unless-confidential").orElse(false);
        List<String> grounds = rule.parameters().stringList("grounds");
        String officerWords = context.text().authorText();
        String topic = subject + "\n" + authorWords + "\n" + officerWords;
        Optional<CopyGrounds.Consent> consent = grounds.contains("author-consent")
            ? CopyGrounds.consent(directory, author, authorWords) : Optional.empty();

        Map<Participant, String> unallowed = new LinkedHashMap<>();
        List<String> allowedBecause = new ArrayList<>();
        for (Participant recipient : newcomers) {
            boolean member = recipient.isMember();
            if (!member) {
                if (officersNeedGround && !recipient.isExternal()) {
                    unallowed.put(recipient, "an officer, and the correspondence is marked confidential");
                }
                continue;
            }
            Person copied = recipient.person().get();
            Optional<String> ground = ground(directory, grounds, consent, copied, authorWords, officerWords, topic);
            if (ground.isPresent()) {
                allowedBecause.add(ground.get());
            } else {
                unallowed.put(recipient, "a member who was not a party to it");
            }
        }
        if (unallowed.isEmpty()) {
            return List.of();
        }
        boolean authorSees = correspondence.recipients().stream()
            .anyMatch(recipient -> recipient.visibility().isOpen() && recipient.person().filter(author::equals).isPresent());
        if (authorSees && rule.action() == Action.DISCLOSE) {
            // The clause asks that the original member be told; an open copy to them already tells them.
            return List.of();
        }

        List<String> evidence = new ArrayList<>();
        evidence.add(original.source());
        unallowed.forEach((recipient, why) -> evidence.add("Copied to " + People.describe(recipient) + " ("
            + recipient.visibility().name().toLowerCase(Locale.ROOT) + "), " + why));
        marking.ifPresent(mark -> evidence.add("Marked confidential: " + mark));
        CopyGrounds.refusal(authorWords).ifPresent(refusal -> evidence.add("The author wrote: \"" + refusal + "\""));
        if (consent.isPresent()) {
            evidence.add("Consent found covers others only: \"" + consent.get().words() + "\"");
        } else {
            evidence.add("No consent, circulation list or other allowed ground found for these copies");
        }
        List<Person> copied = unallowed.keySet().stream().flatMap(recipient -> recipient.person().stream()).toList();
        String member = "Cllr " + author.name();
        String summary = People.names(List.of(sender)) + " copied " + member + "'s correspondence to "
            + describeAll(new ArrayList<>(unallowed.keySet()))
            + (unallowed.keySet().stream().noneMatch(Participant::isMember) ? ", although it is marked confidential"
                : grounds.isEmpty() ? "" : " without " + member + "'s consent or another ground the protocol allows")
            + (authorSees ? " (" + member + " can see the copy)." : "; " + member + " has not been told.");
        return List.of(new Finding(RULE, rule.action(), rule.clause(), summary, evidence,
            copied.stream().map(Person::id).toList(), List.of(author.id())));
    }

    private static Optional<String> ground(Directory directory, List<String> grounds, Optional<CopyGrounds.Consent> consent,
                                           Person copied, String authorWords, String officerWords, String topic) {
        if (consent.filter(found -> found.covers(copied)).isPresent()) {
            return Optional.of("consent: " + consent.get().words());
        }
        if (grounds.contains("circulation-list")) {
            Optional<String> listed = CopyGrounds.circulationList(directory, copied, authorWords);
            if (listed.isPresent()) {
                return listed;
            }
        }
        if (grounds.contains("cabinet-member-for-portfolio")) {
            Optional<String> cabinet = CopyGrounds.cabinetPortfolio(copied, topic);
            if (cabinet.isPresent()) {
                return cabinet;
            }
        }
        if (grounds.contains("meeting-question")) {
            Optional<String> question = CopyGrounds.meetingQuestion(officerWords);
            if (question.isPresent()) {
                return question;
            }
        }
        if (grounds.contains("foi-dpa-entitlement")) {
            return CopyGrounds.entitlement(officerWords);
        }
        return Optional.empty();
    }

    /** Whose correspondence this is, with their words and how we know. */
    private record Origin(Person author, String authorWords, String source) {
    }

    private static Optional<Origin> origin(MessageContext context) {
        Directory directory = context.directory();
        Optional<QuotedPart> memberQuote = context.text().quoted().stream()
            .filter(part -> quotedAuthor(directory, part).filter(Person::isMember).isPresent())
            .findFirst();
        Optional<Person> threadAuthor = context.correspondence().thread().startedBy()
            .flatMap(starter -> Optional.ofNullable(starter.personId()).flatMap(directory::person))
            .filter(Person::isMember);
        if (threadAuthor.isPresent()) {
            Person author = threadAuthor.get();
            Optional<QuotedPart> authorQuote = context.text().quoted().stream()
                .filter(part -> quotedAuthor(directory, part).filter(author::equals).isPresent())
                .findFirst();
            return Optional.of(new Origin(author, authorQuote.map(QuotedPart::text).orElse(""),
                "Thread started by Cllr " + author.name() + " <" + author.primaryAddress() + ">"));
        }
        return memberQuote.map(part -> {
            Person author = quotedAuthor(directory, part).get();
            return new Origin(author, part.text(), "Quoted from Cllr " + author.name() + ": " + part.marker());
        });
    }

    private static Optional<Person> quotedAuthor(Directory directory, QuotedPart part) {
        return part.fromAddress().flatMap(directory::byAddress)
            .or(() -> part.fromName().flatMap(name -> People.named(directory, name)));
    }

    /** Everyone who already had the correspondence: the thread's people and those its quoted headers name. */
    private static Set<String> parties(MessageContext context, Origin origin) {
        Set<String> parties = new LinkedHashSet<>();
        for (ThreadParticipant earlier : context.correspondence().thread().earlierParticipants()) {
            parties.add(earlier.address().toLowerCase(Locale.ROOT));
            if (earlier.personId() != null) {
                parties.add(earlier.personId());
            }
        }
        // Whoever the quoted or forwarded messages were from or addressed to already had them.
        for (QuotedPart part : context.text().quoted()) {
            List<String> named = new ArrayList<>(part.to());
            named.addAll(part.cc());
            part.fromAddress().ifPresent(named::add);
            part.fromName().ifPresent(named::add);
            for (String entry : named) {
                if (entry.contains("@")) {
                    parties.add(entry.strip().toLowerCase(Locale.ROOT));
                }
                People.named(context.directory(), entry).ifPresent(person -> {
                    parties.add(person.id());
                    person.addresses().forEach(address -> parties.add(address.toLowerCase(Locale.ROOT)));
                });
            }
        }
        parties.add(origin.author().id());
        return parties;
    }

    /** The people silent-copy, where the profile applies it, reports as blind copies of this message. */
    private static Set<String> silentlyCopied(MessageContext context) {
        Set<String> found = new LinkedHashSet<>();
        context.profile().rule(SilentCopyDetector.RULE).ifPresent(silent ->
            new SilentCopyDetector().detect(context, silent).forEach(finding -> found.addAll(finding.people())));
        return found;
    }

    private static String subject(MessageContext context) {
        try {
            String subject = context.submission().message().getSubject();
            return subject == null ? "" : subject;
        } catch (javax.mail.MessagingException e) {
            return "";
        }
    }

    private static String describeAll(List<Participant> recipients) {
        return People.join(recipients.stream().map(People::describe).toList());
    }
}
