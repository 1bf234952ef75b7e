package org.councilprotocol.enquiry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which enquiries to list (for the WebAdmin route and the weekly digest). Every part is optional;
 * {@code from} and {@code to} bound the London day the enquiry was received, both inclusive. Results
 * come oldest first, {@code limit} at a time from {@code offset}.
 *
 * @param today the London day against which "overdue" is judged
 */
public record EnquiryFilter(Optional<Listing> listing, Optional<String> officer, Optional<String> directorate,
                            Optional<String> member, Optional<LocalDate> from, Optional<LocalDate> to,
                            LocalDate today, int limit, int offset) {
    /** The most rows one call returns. */
    public static final int MAX_LIMIT = 10_000;
    public static final int DEFAULT_LIMIT = 1_000;

    /** Which enquiries by where they stand. */
    public enum Listing {
        /** Open, overdue or not. */
        OPEN("open"),
        /** Open and past the due date. */
        OVERDUE("overdue"),
        /** Open and not yet past the due date. */
        ON_TIME("on-time"),
        CLOSED("closed"),
        COMPLAINT("complaint");

        private final String id;

        Listing(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Listing> byId(String id) {
            for (Listing listing : values()) {
                if (listing.id.equals(id)) {
                    return Optional.of(listing);
                }
            }
            return Optional.empty();
        }
    }

    public EnquiryFilter {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }

    /** Every enquiry, the first {@value #DEFAULT_LIMIT}. */
    public static EnquiryFilter all(LocalDate today) {
        return new EnquiryFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), today, DEFAULT_LIMIT, 0);
    }

    public EnquiryFilter listing(Listing value) {
        return new EnquiryFilter(Optional.of(value), officer, directorate, member, from, to, today, limit, offset);
    }

    public EnquiryFilter officer(String id) {
        return new EnquiryFilter(listing, Optional.of(id), directorate, member, from, to, today, limit, offset);
    }

    public EnquiryFilter directorate(String name) {
        return new EnquiryFilter(listing, officer, Optional.of(name), member, from, to, today, limit, offset);
    }

    public EnquiryFilter member(String id) {
        return new EnquiryFilter(listing, officer, directorate, Optional.of(id), from, to, today, limit, offset);
    }

    /** Received on or after this London day. */
    public EnquiryFilter from(LocalDate day) {
        return new EnquiryFilter(listing, officer, directorate, member, Optional.of(day), to, today, limit, offset);
    }

    /** Received on or before this London day. */
    public EnquiryFilter to(LocalDate day) {
        return new EnquiryFilter(listing, officer, directorate, member, from, Optional.of(day), today, limit, offset);
    }

    public EnquiryFilter page(int newLimit, int newOffset) {
        return new EnquiryFilter(listing, officer, directorate, member, from, to, today, newLimit, newOffset);
    }
}
