package org.councilprotocol.model;

import java.util.List;

/**
 * The conversation a message belongs to, as the state store knew it before this message:
 * its id, whether this message started it, and who had taken part so far.
 */
public record ThreadContext(String threadId, boolean started, List<ThreadParticipant> earlierParticipants,
                            int earlierMessages) {

    public ThreadContext {
        earlierParticipants = List.copyOf(earlierParticipants);
    }

    /** A person or address who took part in the thread, and how they first appeared in it. */
    public record ThreadParticipant(String address, String personId, String firstSeenAs) {
    }
}
