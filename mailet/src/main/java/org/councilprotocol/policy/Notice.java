package org.councilprotocol.policy;

import java.util.List;

/**
 * A message the gateway sends a person about another message: what happened, why, what to do.
 *
 * @param to addresses; empty means the server's postmaster
 * @param attachOriginal whether the original message goes with it (only ever to its own sender)
 */
public record Notice(List<String> to, String subject, String body, boolean attachOriginal) {

    public Notice {
        to = List.copyOf(to);
    }
}
