package org.councilprotocol.text;

import java.util.regex.Pattern;

/** Small helpers for extracted text and the names of files. */
final class Texts {
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00a0]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private Texts() {
    }

    /** Extracted text with one blank line at most between paragraphs and no control characters. */
    static String tidy(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = TRAILING_SPACE.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    /** Pictures, sound and video: taken as what they are, with no words to read (there is no OCR). */
    static boolean isMedia(String type) {
        return type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
    }

    /** A file name as a person reads it: no folders before it, no control characters, never empty. */
    static String fileName(String raw) {
        String name = CONTROL.matcher(raw).replaceAll("").replace('\t', ' ').strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0 && slash < name.length() - 1) {
            name = name.substring(slash + 1);
        }
        return name.isBlank() ? "unnamed file" : name;
    }
}
