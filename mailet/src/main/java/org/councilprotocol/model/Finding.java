package org.councilprotocol.model;

import java.util.List;

/**
 * One thing a detector found, with the clause it breaches and the words or headers that show it.
 *
 * @param people the directory ids of the people the finding is about (e.g. the blind recipients)
 * @param tell   the directory ids of people the protocol says must be told about it, besides the
 *               sender and the Monitoring Officer (e.g. the member whose correspondence was copied)
 */
public record Finding(String rule, Action action, String clause, String summary, List<String> evidence,
                      List<String> people, List<String> tell) {

    public Finding {
        evidence = List.copyOf(evidence);
        people = List.copyOf(people);
        tell = List.copyOf(tell);
    }

    public Finding(String rule, Action action, String clause, String summary, List<String> evidence,
                   List<String> people) {
        this(rule, action, clause, summary, evidence, people, List.of());
    }
}
