package org.councilprotocol.text;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Recognises zip archive bombs from the archive's own directory, before anything is inflated: a zip (or a
 * document that is a zip inside, such as DOCX or ODT) that says it expands far beyond its size, or holds an
 * absurd number of files. Real letters come nowhere near these figures: a DOCX expands about ten times.
 */
final class ArchiveCheck {
    /** Expanding more than this many times its size... */
    static final long MAX_RATIO = 100;
    /** ...to more than this is a bomb (small, highly compressible files, e.g. a long plain-text list, are fine). */
    static final long RATIO_FLOOR = 50L * 1024 * 1024;
    /** Expanding to more than this is a bomb, whatever the ratio. */
    static final long MAX_EXPANDED = 1024L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;

    private ArchiveCheck() {
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6);
    }

    /** Why the zip is a bomb, in plain words; empty when it is not a zip, not a bomb, or not readable as a zip. */
    static Optional<String> bomb(byte[] bytes) {
        if (!isZip(bytes)) {
            return Optional.empty();
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            long expanded = 0;
            int entries = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    return Optional.of("it holds more than " + MAX_ENTRIES + " files (an archive bomb)");
                }
                expanded += Math.max(0, entry.getSize());
            }
            if (expanded > MAX_EXPANDED || expanded > RATIO_FLOOR && expanded > MAX_RATIO * bytes.length) {
                return Optional.of("it would expand from " + Sizes.describe(bytes.length) + " to " + Sizes.describe(expanded)
                    + " (an archive bomb)");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Not a zip the directory can be read from: the parser will find out what it is.
            return Optional.empty();
        }
    }
}
