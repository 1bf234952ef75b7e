package org.councilprotocol.cli;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;

/**
 * Mailbox files in the mbox family (mboxo, mboxrd, mboxcl): messages follow one another, each
 * opened by a {@code From } separator line. Quoted {@code >From } lines are unquoted the mboxrd way
 * (one {@code >} removed from any line of the form {@code >...>From }), which also reads mboxo files
 * correctly except for body lines that really began with {@code >From }.
 *
 * <p>Works on bytes, not text, so 8-bit message bodies reach the MIME parser untouched.
 */
final class Mbox {
    private static final byte[] SEPARATOR = {'F', 'r', 'o', 'm', ' '};

    private Mbox() {
    }

    /** An mbox file is recognised by its content: its first line starts with {@code From }. */
    static boolean isMbox(byte[] content) {
        return startsWithSeparator(content, 0, content.length);
    }

    /**
     * The messages of an mbox file, in file order, without their separator lines. The blank line
     * that mbox writers put before each separator belongs to the format, not to the message, and is
     * removed. A separator followed directly by another gives an empty message, which the caller
     * reports as one that cannot be parsed.
     */
    static List<byte[]> split(byte[] content) {
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int start = 0;
        while (start < content.length) {
            int end = lineEnd(content, start);
            if (startsWithSeparator(content, start, end)) {
                if (current != null) {
                    messages.add(withoutTrailingBlankLine(current.toByteArray()));
                }
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                int from = start;
                if (isQuotedSeparator(content, start, end)) {
                    from++;
                }
                current.write(content, from, end - from);
            }
            start = end;
        }
        if (current != null) {
            messages.add(withoutTrailingBlankLine(current.toByteArray()));
        }
        return messages;
    }

    /** The index just past the line starting at {@code start}, its line break included. */
    private static int lineEnd(byte[] content, int start) {
        for (int i = start; i < content.length; i++) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return content.length;
    }

    private static boolean startsWithSeparator(byte[] content, int start, int end) {
        if (end - start < SEPARATOR.length) {
            return false;
        }
        for (int i = 0; i < SEPARATOR.length; i++) {
            if (content[start + i] != SEPARATOR[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code >From }, {@code >>From } ...: a body line the writer quoted so it would not split the file. */
    private static boolean isQuotedSeparator(byte[] content, int start, int end) {
        int i = start;
        while (i < end && content[i] == '>') {
            i++;
        }
        return i > start && startsWithSeparator(content, i, end);
    }

    private static byte[] withoutTrailingBlankLine(byte[] message) {
        int length = message.length;
        if (length >= 2 && message[length - 1] == '\n' && message[length - 2] == '\n') {
            length -= 1;
        } else if (length >= 4 && message[length - 1] == '\n' && message[length - 2] == '\r'
            && message[length - 3] == '\n' && message[length - 4] == '\r') {
            length -= 2;
        } else if ((length == 1 && message[0] == '\n') || (length == 2 && message[0] == '\r' && message[1] == '\n')) {
            length = 0;
        }
        return length == message.length ? message : Arrays.copyOf(message, length);
    }
}
