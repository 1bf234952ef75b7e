package org.councilprotocol.text;

import java.util.Objects;

/**
 * Why an attachment (or part of it) could not be read, in plain words a councillor or the Monitoring Officer
 * understands, e.g. "it is protected with a password".
 *
 * @param reason what kind of problem it is
 * @param detail the problem in plain words, naming the limit or the file inside when there is one
 */
public record Unreadable(Reason reason, String detail) {

    public Unreadable {
        Objects.requireNonNull(reason);
        detail = detail == null || detail.isBlank() ? reason.words() : detail.strip();
    }

    public static Unreadable of(Reason reason) {
        return new Unreadable(reason, reason.words());
    }

    /** The kinds of problem, each with a stable id (used in headers and reports) and its usual words. */
    public enum Reason {
        ENCRYPTED("encrypted", "it is encrypted or protected with a password"),
        CORRUPT("corrupt", "it is damaged, or is not the kind of file its name says"),
        TOO_LARGE("too-large", "it is larger than the gateway reads"),
        NESTED_TOO_DEEP("nested-too-deep", "it is nested too deeply inside other attachments"),
        ARCHIVE_BOMB("archive-bomb", "it is an archive that expands far beyond its own size (an archive bomb)"),
        TIMED_OUT("timed-out", "it could not be read within the time allowed"),
        UNSUPPORTED_TYPE("unsupported-type", "it is a kind of file the gateway cannot read"),
        NO_TEXT("no-text", "no words could be found in it; it may be a scan or a picture of a letter"),
        TEXT_LIMIT("text-limit", "the message has more attachment text than the gateway reads");

        private final String id;
        private final String words;

        Reason(String id, String words) {
            this.id = id;
            this.words = words;
        }

        public String id() {
            return id;
        }

        public String words() {
            return words;
        }
    }
}
