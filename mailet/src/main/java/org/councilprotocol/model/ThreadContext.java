package org.councilprotocol.model;

import java.util.List;
import java.util.Optional;

/**
 * The conversation a message belongs to, as the state store knew it before this message:
 * its id, whether this message started it, who had taken part so far, and who wrote its first
 * message (the author whose correspondence the thread is).
 */
public record ThreadContext(String threadId, boolean started, List<ThreadParticipant> earlierParticipants,
                            int earlierMessages, Optional<ThreadParticipant> startedBy) {

    public ThreadContext {
        earlierParticipants = List.copyOf(earlierParticipants);
    }

    public ThreadContext(String threadId, boolean started, List<ThreadParticipant> earlierParticipants,
                         int earlierMessages) {
        this(threadId, started, earlierParticipants, earlierMessages, Optional.empty());
    }

    /** Whether the address took part in the thread before this message. */
    public boolean hadParticipant(String address) {
        return earlierParticipants.stream().anyMatch(participant -> participant.address().equalsIgnoreCase(address));
    }

    /** A person or address who took part in the thread, and how they first appeared in it. */
    public record ThreadParticipant(String address, String personId, String firstSeenAs) {
    }
}
