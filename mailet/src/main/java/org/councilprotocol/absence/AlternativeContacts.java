package org.councilprotocol.absence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Person;
import org.councilprotocol.text.Sentences;

/**
 * Reads whether an out-of-office reply gives someone else to contact (Thanet 9.1.5: "out of office replies
 * must always give an alternative contact"). A sentence gives one when it
 * <ul>
 *   <li>asks the reader to contact, email, call, write to, speak to or send their message to someone other
 *       than the writer: a named person ("my colleague Dan Green"), a team, desk, switchboard or service, an
 *       email address or a telephone number ("for urgent matters please call the Highways team on 01843
 *       577000");</li>
 *   <li>says someone is covering, dealing with or looking after the writer's work or mail ("Dan Green is
 *       covering my inbox", "your email has been forwarded to the duty officer");</li>
 *   <li>or gives an email address that is not the writer's own ("urgent queries: highways@...").</li>
 * </ul>
 * Not an alternative: the writer themselves ("contact me on my return", "you can reach me on my mobile"),
 * the reader ("I will call you when I am back"), something for later ("I will pass it to the team on my
 * return"), or a refusal ("your email will not be forwarded", "do not contact..."). Thread-safe.
 */
public final class AlternativeContacts {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int OBJECT_CHARS = 160;

    private static final Pattern ADDRESS = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+", FLAGS);
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+44\\s?\\(?0?\\)?\\s?\\d|0\\d)[\\d\\s-]{7,12}\\d(?!\\d)");
    private static final Pattern CONTACT = Pattern.compile(
        "(?<![\\p{L}])(?:contact(?:ing|ed)?|e-?mail(?:ing|ed)?|call(?:ing|ed)?|phoned?|ring|telephoned?|speak\\s+(?:to|with)|talk\\s+to"
            + "|get\\s+in\\s+touch\\s+with|be\\s+in\\s+touch\\s+with|write\\s+to|reach(?:ed)?|redirect(?:ed)?(?:\\s+[\\p{L}']+){0,3}?\\s+to"
            + "|direct(?:ed)?(?:\\s+[\\p{L}']+){0,3}?\\s+to|forward(?:ed)?(?:\\s+[\\p{L}']+){0,3}?\\s+to"
            + "|send(?:\\s+[\\p{L}']+){0,3}?\\s+to|refer(?:red)?(?:\\s+[\\p{L}']+){0,3}?\\s+to|pass(?:ed)?(?:\\s+on)?\\s+to"
            + "|address(?:ed)?(?:\\s+[\\p{L}']+){0,3}?\\s+to|alternative\\s+contact(?:\\s+is)?|urgent\\s+contact(?:\\s+is)?"
            + "|alternatively|in\\s+my\\s+absence)(?![\\p{L}])\\s*[:,-]?\\s*", FLAGS);
    private static final Pattern COVER = Pattern.compile(
        "(?<![\\p{L}])(?:(?:is|are|will\\s+be|has\\s+been|have\\s+been)\\s+(?:kindly\\s+)?(?:covering|dealing\\s+with|handling|looking\\s+after"
            + "|monitoring|picking\\s+up|managing|responding\\s+to|checking)|covering\\s+(?:for\\s+me|my\\s+(?:work|e-?mails?|inbox|mail"
            + "|duties|role|post|enquiries|casework)))(?![\\p{L}])", FLAGS);
    /** The writer or the reader: "contact me", "I will call you". */
    private static final Pattern SELF = Pattern.compile(
        "^(?:me|myself|you|yourself|your\\s+(?:local|own)|me\\s+again|I\\s)(?![\\p{L}])", FLAGS);
    /** Something the writer will do once back is no contact for now: "I will forward it to the team on my return". */
    private static final Pattern LATER = Pattern.compile(
        "(?<![\\p{L}])(?:on\\s+my\\s+return|when\\s+I\\s+(?:return|am\\s+back|get\\s+back)|when\\s+I['’]m\\s+back"
            + "|once\\s+I\\s+(?:return|am\\s+back)|after\\s+my\\s+return)(?![\\p{L}])", FLAGS);
    /** "My alternative contact is", "my urgent contact is": naming one, whatever comes before. */
    private static final Pattern NAMING = Pattern.compile("(?:alternative|urgent)\\s+contact", FLAGS);
    /** "your email to the team", "the call": a noun, not a request to contact anyone. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
        "(?<![\\p{L}])(?:your|the|this|that|an?|my|his|her|their|our|any)\\s+$", FLAGS);
    private static final Pattern REFUSAL = Pattern.compile(
        "(?<![\\p{L}])(?:not|never|no\\s+one|nobody|cannot|can['’]t|won['’]t|don['’]t|do\\s+not|unable)(?![\\p{L}])", FLAGS);
    private static final Pattern TEAM = Pattern.compile(
        "(?<![\\p{L}])(?:colleagues?|team|desk|services?|switchboard|help\\s?desk|contact\\s+centre|duty\\s+(?:\\w+\\s+)?officer|on-call"
            + "|manager|deputy|department|reception|office|unit|section|mailbox|inbox|officers?|directorate|hub)(?![\\p{L}])", FLAGS);
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");
    private static final Set<String> NOT_NAMES = Set.of("i", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "please", "if", "the", "on", "my", "thank", "thanks", "regards", "kind",
        "many", "best", "email", "e-mail", "it", "them", "this", "that", "any", "all", "your", "urgent", "when", "after",
        "christmas", "easter", "new");

    private AlternativeContacts() {
    }

    /**
     * The sentence of an out-of-office reply that gives an alternative contact, if any.
     *
     * @param text      the reply's own words (no quoted history)
     * @param writer    the officer whose reply it is: their own addresses are no alternative
     * @param directory to recognise colleagues by name
     */
    public static Optional<String> named(String text, Optional<Person> writer, Directory directory) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> own = writer.map(Person::addresses).orElse(List.of()).stream()
            .map(address -> address.toLowerCase(Locale.ROOT)).toList();
        for (Sentences.Sentence sentence : Sentences.of(text)) {
            if (gives(sentence.text(), own, writer, directory)) {
                return Optional.of(sentence.text().strip());
            }
        }
        return Optional.empty();
    }

    private static boolean gives(String sentence, List<String> own, Optional<Person> writer, Directory directory) {
        Matcher address = ADDRESS.matcher(sentence);
        while (address.find()) {
            if (!own.contains(address.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""))) {
                return true;
            }
        }
        Matcher cover = COVER.matcher(sentence);
        if (cover.find() && !refused(sentence, cover.start())) {
            return true;
        }
        Matcher contact = CONTACT.matcher(sentence);
        while (contact.find()) {
            boolean noun = !NAMING.matcher(contact.group()).lookingAt()
                && DETERMINER_BEFORE.matcher(sentence.substring(Math.max(0, contact.start() - 8), contact.start())).find();
            if (refused(sentence, contact.start()) || noun) {
                continue;
            }
            String object = sentence.substring(contact.end(), Math.min(sentence.length(), contact.end() + OBJECT_CHARS));
            if (SELF.matcher(object).find() || LATER.matcher(object).find()) {
                continue;
            }
            if (PHONE.matcher(object).find() || TEAM.matcher(object).find() || colleague(object, writer, directory)
                || properName(object)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A refusal in the same clause before the words: "your email will not be forwarded", but not "if you cannot
     * wait, please contact Dan".
     */
    private static boolean refused(String sentence, int before) {
        String head = sentence.substring(0, before);
        int clause = Math.max(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')), Math.max(head.lastIndexOf(':'),
            head.lastIndexOf('(')));
        return REFUSAL.matcher(head.substring(clause + 1)).find();
    }

    private static boolean colleague(String object, Optional<Person> writer, Directory directory) {
        String lower = object.toLowerCase(Locale.ROOT);
        return directory.people().stream()
            .filter(person -> writer.map(w -> !w.id().equals(person.id())).orElse(true))
            .anyMatch(person -> lower.contains(person.name().toLowerCase(Locale.ROOT)));
    }

    /** A capitalised name right after the verb ("contact Dan", "speak to Raj Patel"), not a day or a month. */
    private static boolean properName(String object) {
        Matcher name = NAME.matcher(object);
        if (!name.lookingAt()) {
            return false;
        }
        String first = name.group().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return !NOT_NAMES.contains(first);
    }
}
