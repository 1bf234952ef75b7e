package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Who in the directory a piece of text or an address names, and how to name them back in plain words. */
public final class People {
    private People() {
    }

    /** The person an address or a name (as mail clients write them in From/To lines) stands for. */
    static Optional<Person> named(Directory directory, String addressOrName) {
        String text = addressOrName.strip();
        if (text.contains("@")) {
            return directory.byAddress(text);
        }
        // Address books add the office in brackets ("Jones, Mary (Cllr)") and may put the surname first.
        String bare = stripTitle(text.replaceAll("\\s*\\([^)]*\\)\\s*$", "")).toLowerCase(Locale.ROOT);
        if (bare.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> found = only(directory, bare);
        Matcher surnameFirst = SURNAME_FIRST.matcher(bare);
        if (found.isEmpty() && surnameFirst.matches()) {
            found = only(directory, stripTitle(surnameFirst.group(2)).toLowerCase(Locale.ROOT) + " " + surnameFirst.group(1));
        }
        return found;
    }

    private static final Pattern SURNAME_FIRST = Pattern.compile("^([\\p{L}'-]+),\\s*(.+)$");

    private static Optional<Person> only(Directory directory, String lowerCaseName) {
        List<Person> matches = directory.people().stream()
            .filter(person -> person.name().toLowerCase(Locale.ROOT).equals(lowerCaseName))
            .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * Members a passage mentions: by address, full name, or "Cllr/Councillor Surname" when only one
     * member has that surname.
     */
    static Set<Person> membersMentioned(Directory directory, String passage) {
        String text = passage.toLowerCase(Locale.ROOT);
        Set<Person> found = new LinkedHashSet<>();
        List<String> memberNames = directory.people().stream().filter(Person::isMember)
            .map(member -> member.name().toLowerCase(Locale.ROOT)).toList();
        for (Person member : directory.people()) {
            if (!member.isMember()) {
                continue;
            }
            String name = member.name().toLowerCase(Locale.ROOT);
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            // The plain look-ups first: most passages name nobody, and a regular expression per member adds up.
            if (member.addresses().stream().anyMatch(address -> text.contains(address.toLowerCase(Locale.ROOT)))
                || text.contains(name) && word(name).matcher(text).find()
                || text.contains(surname) && titledSurname(surname).matcher(text).find()
                    && memberNames.stream().filter(other -> other.endsWith(" " + surname)).count() == 1) {
                found.add(member);
            }
        }
        return found;
    }

    /** Compiled once per name, not for every line of every member's letter; as many as a large directory has names. */
    private static final Cache<String, Pattern> WORDS = Caffeine.newBuilder().maximumSize(10_000).build();
    private static final Cache<String, Pattern> TITLED_SURNAMES = Caffeine.newBuilder().maximumSize(10_000).build();

    static Pattern word(String phrase) {
        return WORDS.get(phrase, key -> Pattern.compile("\\b" + Pattern.quote(key) + "\\b", Pattern.CASE_INSENSITIVE));
    }

    private static Pattern titledSurname(String surname) {
        return TITLED_SURNAMES.get(surname, key -> Pattern.compile("\\b(?:cllr\\.?|councillor)\\s+" + Pattern.quote(key) + "\\b"));
    }

    private static String stripTitle(String name) {
        return name.replace("\"", "").strip().replaceAll("(?i)^(cllr\\.?|councillor|mr\\.?|mrs\\.?|ms\\.?|miss|dr\\.?)\\s+", "").strip();
    }

    /** "Cllr Mary Jones &lt;cllr.mary.jones@...&gt;" for members, "Bob Jones &lt;...&gt;" for officers. */
    public static String describe(Person person) {
        return (person.isMember() ? "Cllr " : "") + person.name() + " <" + person.primaryAddress() + ">";
    }

    static String describe(Participant participant) {
        return participant.person().map(People::describe).orElse(participant.address());
    }

    static String names(List<Person> people) {
        List<String> names = new ArrayList<>();
        people.forEach(person -> names.add((person.isMember() ? "Cllr " : "") + person.name()));
        return join(names);
    }

    /** "Cllr Ann Smith" for a person, the address for a mailbox nobody in the directory owns. */
    static String name(Participant participant) {
        return participant.person().map(person -> names(List.of(person))).orElse(participant.address());
    }

    /** "a", "a and b", "a, b and c"; "nobody" for none. */
    /** "A", "A and B", "A, B and C". */
    public static String join(List<String> names) {
        if (names.isEmpty()) {
            return "nobody";
        }
        return names.size() == 1 ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
