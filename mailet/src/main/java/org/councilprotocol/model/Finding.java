package org.councilprotocol.model;

import java.util.List;

/**
 * One thing a detector found, with the clause it breaches and the words or headers that show it.
 *
 * @param people the directory ids of the people the finding is about (e.g. the blind recipients)
 */
public record Finding(String rule, Action action, String clause, String summary, List<String> evidence,
                      List<String> people) {

    public Finding {
        evidence = List.copyOf(evidence);
        people = List.copyOf(people);
    }
}
