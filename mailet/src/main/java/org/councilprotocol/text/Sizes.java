package org.councilprotocol.text;

import java.util.Locale;

/** Sizes of files in the words a person uses: 25 MB, 512 KB, 300 bytes (binary units, as mail clients show them). */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private Sizes() {
    }

    static String describe(long bytes) {
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= MB) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes >= KB ? String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB) : bytes + " bytes";
    }
}
