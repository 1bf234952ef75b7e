package org.councilprotocol.detect;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.councilprotocol.config.Profile;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Directory;
import org.councilprotocol.model.Submission;
import org.councilprotocol.model.SenderKind;
import org.councilprotocol.text.AttachmentText;
import org.councilprotocol.text.Attachments;
import org.councilprotocol.text.MessageText;

/**
 * Everything a detector may look at for one message. Built once per message and shared by all
 * detectors; what is costly to work out (the message's text) is worked out once, on first use.
 */
public final class MessageContext {
    /** Councils count days in UK time, whatever the server's zone. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    /** "The Mayor has asked me to send you his letter": a member named by office rather than by name. */
    private static final Pattern MEMBER_ROLE = Pattern.compile("\\b(?:the mayor|mayor's|the leader|leader's|leader of the council"
        + "|cabinet member|portfolio holder)\\b", Pattern.CASE_INSENSITIVE);

    private final Submission submission;
    private final Correspondence correspondence;
    private final Directory directory;
    private final Profile profile;
    private MessageText text;
    private Attachments attachments;
    private CapacityReading capacity;
    private MemberLetter memberLetter;

    public MessageContext(Submission submission, Correspondence correspondence, Directory directory, Profile profile) {
        this.submission = Objects.requireNonNull(submission);
        this.correspondence = Objects.requireNonNull(correspondence);
        this.directory = Objects.requireNonNull(directory);
        this.profile = Objects.requireNonNull(profile);
    }

    public Submission submission() {
        return submission;
    }

    public Correspondence correspondence() {
        return correspondence;
    }

    public Directory directory() {
        return directory;
    }

    public Profile profile() {
        return profile;
    }

    /** The message's words, read on first use (one message is judged by one thread at a time). */
    public MessageText text() {
        if (text == null) {
            text = MessageText.of(submission.message());
        }
        return text;
    }

    /**
     * The message's attachments as text, read on first use within the profile's limits and then shared by
     * every detector. Costly (Tika), so only detectors that need it ask, and only for mail they judge.
     */
    public Attachments attachments() {
        if (attachments == null) {
            attachments = Attachments.read(submission.message(), profile.limits());
        }
        return attachments;
    }

    /** The capacity in which a verified member writes, read on first use from the words and the directory. */
    public CapacityReading capacity() {
        if (capacity == null) {
            capacity = CapacityClassifier.read(this);
        }
        return capacity;
    }

    /** The message read as a letter in a member's name (empty for anyone else's), read on first use. */
    public MemberLetter memberLetter() {
        if (memberLetter == null) {
            memberLetter = MemberLetter.read(this, letterSources());
        }
        return memberLetter;
    }

    /**
     * What goes out with the message: the sender's own words and the letters attached to it. Attachments are
     * read (with Tika, the costly part) only when a member sends the mail or its words name a member ("Cllr
     * Jones asked me to send you the attached letter", "the Mayor's letter is attached"); forwarded messages are someone
     * else's words, not a letter.
     */
    List<MemberLetter.Source> letterSources() {
        MemberLetter.Source own = new MemberLetter.Source(Commitment.MESSAGE, text().authorText());
        boolean fromMember = correspondence.senderKind() == SenderKind.MEMBER;
        if (!fromMember && People.membersMentioned(directory, own.text()).isEmpty() && !MEMBER_ROLE.matcher(own.text()).find()) {
            return List.of(own);
        }
        List<MemberLetter.Source> sources = new ArrayList<>();
        sources.add(own);
        for (AttachmentText attachment : attachments().all()) {
            String type = attachment.mediaType();
            if (!type.startsWith("message/") && !type.equals("application/vnd.ms-outlook") && !attachment.text().isBlank()) {
                sources.add(new MemberLetter.Source(attachment.fileName(), attachment.text()));
            }
        }
        return sources;
    }
}
