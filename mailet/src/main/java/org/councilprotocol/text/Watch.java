package org.councilprotocol.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.SAXException;

/**
 * The state of reading one attachment with Tika, shared by the parser wrapper, the text handler and the input
 * stream: the message's deadline, how many more containers may be opened, and the first problem met.
 *
 * <p>Only the thread reading the attachment changes the depth; the problem fields are read by the message's
 * thread after the reading thread has finished (or been abandoned), hence volatile.
 */
final class Watch {
    private final long deadlineNanos;
    private final int depthLeft;
    private final long maxBytes;
    /** A problem that stops the whole attachment: a timeout, an archive bomb. */
    private volatile Unreadable fatal;
    /** The first problem with a document inside the attachment, which is skipped while the rest is read. */
    private volatile Unreadable inside;
    private int depth;

    /**
     * @param deadlineNanos the {@link System#nanoTime()} by which the message's attachments must be read
     * @param depthLeft     how many containers may still be opened inside this attachment
     * @param maxBytes      the largest file read, here also the largest a file inside may expand to
     */
    Watch(long deadlineNanos, int depthLeft, long maxBytes) {
        this.deadlineNanos = deadlineNanos;
        this.depthLeft = depthLeft;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Throws once the attachment must stop being read: past the deadline, interrupted, or a fatal problem. */
    void check() throws Stopped {
        if (fatal == null && (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0)) {
            fatal = Unreadable.of(Unreadable.Reason.TIMED_OUT);
        }
        if (fatal != null) {
            throw new Stopped(fatal);
        }
    }

    /** Records a problem that stops the attachment and throws, so that the parser unwinds. */
    Stopped stop(Unreadable problem) {
        if (fatal == null) {
            fatal = problem;
        }
        return new Stopped(fatal);
    }

    /** Records the first problem with a document inside; reading goes on with the rest. */
    void note(Unreadable problem) {
        if (inside == null) {
            inside = problem;
        }
    }

    Unreadable fatal() {
        return fatal;
    }

    Unreadable inside() {
        return inside;
    }

    /** Enters a document: 1 for the attachment itself, 2 for a document inside it, and so on. */
    int enter() {
        return ++depth;
    }

    void leave() {
        depth--;
    }

    /** Whether a document at this depth (see {@link #enter}) sits deeper than the limit allows. */
    boolean tooDeep(int documentDepth) {
        return documentDepth - 1 > depthLeft;
    }

    /** The attachment's bytes, read with the deadline checked on every call. */
    InputStream watched(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                checkReading();
                return super.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                checkReading();
                return super.read(buffer, offset, length);
            }

            @Override
            public long skip(long n) throws IOException {
                checkReading();
                return super.skip(n);
            }
        };
    }

    /**
     * A document inside the attachment, read with the deadline checked and cut off (as an archive bomb)
     * once it has given more bytes than any attachment may have: the attachment itself is within the limit,
     * so only expansion can get it there.
     */
    InputStream bounded(InputStream in, String name) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                checkReading();
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                checkReading();
                int read = super.read(buffer, offset, length);
                if (read > 0) {
                    counted(read);
                }
                return read;
            }

            private void counted(int read) throws IOException {
                count += read;
                if (count > maxBytes) {
                    Stopped stopped = stop(new Unreadable(Unreadable.Reason.ARCHIVE_BOMB, "a file inside it, " + name
                        + ", expands to more than the " + Sizes.describe(maxBytes) + " the gateway reads (an archive bomb)"));
                    throw new IOException(stopped.getMessage(), stopped);
                }
            }
        };
    }

    private void checkReading() throws IOException {
        try {
            check();
        } catch (Stopped e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Unwinds a parser; a SAX exception because Tika's embedded-document readers swallow Tika exceptions. */
    static final class Stopped extends SAXException {
        private static final long serialVersionUID = 1L;

        Stopped(Unreadable why) {
            super(why.reason().id() + ": " + why.detail());
        }
    }
}
