package org.councilprotocol.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Column widths of the state store, and how over-long values are fitted to them. Public so that the
 * enquiry store fits message and thread ids exactly as the thread store does.
 */
public final class Columns {
    public static final int TEXT = 998;
    public static final int ADDRESS = 320;
    public static final int PERSON = 200;

    private Columns() {
    }

    public static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }

    /** A message id that fits: longer ids become a stable digest, so references to them still match. */
    public static String id(String id) {
        if (id == null || id.length() <= TEXT) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash) + "@long-id.council-protocol.invalid>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
