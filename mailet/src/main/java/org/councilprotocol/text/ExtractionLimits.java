package org.councilprotocol.text;

import java.time.Duration;

/**
 * How much work reading one message's attachments may take: a profile's {@code limits} section. Whatever goes
 * past a limit is reported as unreadable with the limit named, never left to crash or stall the gateway.
 *
 * @param attachmentBytes the largest attachment read, in bytes (decoded, as the recipient would save it)
 * @param characters      the most text kept from all of one message's attachments together
 * @param time            the longest one message's attachments may take to read, all of them together
 * @param depth           how many containers deep (multiparts, forwarded messages, archives, documents
 *                        inside documents) an attachment may sit and still be opened
 */
public record ExtractionLimits(long attachmentBytes, int characters, Duration time, int depth) {
    /** Enough for any council letter: a 25 MB attachment, two million characters, 10 seconds, 10 levels. */
    public static final ExtractionLimits DEFAULTS = new ExtractionLimits(25L * 1024 * 1024, 2_000_000,
        Duration.ofSeconds(10), 10);

    public ExtractionLimits {
        if (attachmentBytes < 1 || characters < 1 || depth < 1 || time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("extraction limits must be positive: " + attachmentBytes + " bytes, "
                + characters + " characters, " + time + ", depth " + depth);
        }
    }

    public ExtractionLimits withTime(Duration time) {
        return new ExtractionLimits(attachmentBytes, characters, time, depth);
    }

    public ExtractionLimits withAttachmentBytes(long attachmentBytes) {
        return new ExtractionLimits(attachmentBytes, characters, time, depth);
    }

    public ExtractionLimits withCharacters(int characters) {
        return new ExtractionLimits(attachmentBytes, characters, time, depth);
    }

    public ExtractionLimits withDepth(int depth) {
        return new ExtractionLimits(attachmentBytes, characters, time, depth);
    }

    /** The byte limit in the words a person uses, e.g. {@code 25 MB} or {@code 512 KB}. */
    public String attachmentSize() {
        return Sizes.describe(attachmentBytes);
    }
}
