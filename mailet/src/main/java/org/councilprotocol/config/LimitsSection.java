package org.councilprotocol.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilprotocol.text.ExtractionLimits;

/**
 * A profile's {@code limits} section: how much work reading one message's attachments may take. Every key is
 * optional; an absent one keeps its default ({@link ExtractionLimits#DEFAULTS}).
 *
 * <pre>
 * limits:
 *   attachment-size: 25 MB          # bytes, KB, MB or GB
 *   characters-per-message: 2000000
 *   time-per-message: 10 s          # ms, s or min
 *   nesting-depth: 10
 * </pre>
 */
final class LimitsSection {
    static final List<String> KEYS = List.of("attachment-size", "characters-per-message", "time-per-message", "nesting-depth");
    private static final Pattern SIZE = Pattern.compile("(\\d[\\d_,]*)\\s*(bytes?|b|kb|mb|gb)?");
    private static final Pattern TIME = Pattern.compile("(\\d[\\d_,]*)\\s*(ms|milliseconds?|s|seconds?|min|minutes?)");
    private static final long MIN_BYTES = 1024;
    private static final long MAX_BYTES = 512L * 1024 * 1024;
    private static final long MIN_CHARACTERS = 1_000;
    private static final long MAX_CHARACTERS = 50_000_000;
    private static final Duration MIN_TIME = Duration.ofMillis(100);
    private static final Duration MAX_TIME = Duration.ofMinutes(5);
    private static final int MAX_DEPTH = 50;

    private LimitsSection() {
    }

    static ExtractionLimits read(ConfigNode node) {
        node.mapping("limits", KEYS);
        ExtractionLimits defaults = ExtractionLimits.DEFAULTS;
        long bytes = node.get("attachment-size").map(LimitsSection::size).orElse(defaults.attachmentBytes());
        int characters = node.get("characters-per-message").map(LimitsSection::characters).orElse(defaults.characters());
        Duration time = node.get("time-per-message").map(LimitsSection::time).orElse(defaults.time());
        int depth = node.get("nesting-depth").map(LimitsSection::depth).orElse(defaults.depth());
        return new ExtractionLimits(bytes, characters, time, depth);
    }

    private static long size(ConfigNode node) {
        String text = node.scalar("attachment-size");
        Matcher matcher = SIZE.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw node.error("attachment-size must be a size such as 25 MB or 512 KB, not '" + text + "'");
        }
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        long multiplier = switch (unit) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long bytes = number(node, matcher.group(1), "attachment-size");
        if (bytes > MAX_BYTES / multiplier || bytes * multiplier < MIN_BYTES) {
            throw node.error("attachment-size must be between 1 KB and 512 MB, not '" + text + "'");
        }
        return bytes * multiplier;
    }

    private static int characters(ConfigNode node) {
        String text = node.scalar("characters-per-message");
        if (!text.matches("\\d[\\d_,]*")) {
            throw node.error("characters-per-message must be a whole number, such as 2000000, not '" + text + "'");
        }
        long characters = number(node, text, "characters-per-message");
        if (characters < MIN_CHARACTERS || characters > MAX_CHARACTERS) {
            throw node.error("characters-per-message must be between 1000 and 50000000, not '" + text + "'");
        }
        return (int) characters;
    }

    private static Duration time(ConfigNode node) {
        String text = node.scalar("time-per-message");
        Matcher matcher = TIME.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw node.error("time-per-message must be a time such as 10 s or 800 ms, not '" + text + "'");
        }
        long amount = number(node, matcher.group(1), "time-per-message");
        String unit = matcher.group(2);
        Duration time = switch (unit) {
            case "ms", "millisecond", "milliseconds" -> Duration.ofMillis(amount);
            case "s", "second", "seconds" -> Duration.ofSeconds(Math.min(amount, 1_000_000));
            default -> Duration.ofMinutes(Math.min(amount, 1_000_000));
        };
        if (time.compareTo(MIN_TIME) < 0 || time.compareTo(MAX_TIME) > 0) {
            throw node.error("time-per-message must be between 100 ms and 5 min, not '" + text + "'");
        }
        return time;
    }

    private static int depth(ConfigNode node) {
        int depth = node.integer("nesting-depth");
        if (depth < 1 || depth > MAX_DEPTH) {
            throw node.error("nesting-depth must be between 1 and " + MAX_DEPTH + ", not " + depth);
        }
        return depth;
    }

    private static long number(ConfigNode node, String digits, String key) {
        try {
            return Long.parseLong(digits.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw node.error(key + " is too large: '" + digits + "'");
        }
    }
}
