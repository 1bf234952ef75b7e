package org.councilprotocol.detect;

import java.time.ZoneId;

import org.councilprotocol.config.Profile;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Submission;
import org.councilprotocol.text.MessageText;

/**
 * Everything a detector may look at for one message. Built once per message and shared by all
 * detectors, so the message's text is read once.
 */
public record MessageContext(Submission submission, Correspondence correspondence, Directory directory,
                             Profile profile, MessageText text) {

    /** Councils count days in UK time, whatever the server's zone. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    public MessageContext(Submission submission, Correspondence correspondence, Directory directory, Profile profile) {
        this(submission, correspondence, directory, profile, MessageText.of(submission.message()));
    }
}
