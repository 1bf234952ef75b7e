package org.councilprotocol.detect;

/**
 * A sentence that binds the Council or instructs someone on its behalf.
 *
 * @param sentence the sentence as written
 * @param source   where it was found: {@code message} for the mail's own text, else the attachment's file name
 */
public record Commitment(Kind kind, String sentence, String source) {

    /** What the sentence commits the Council to. */
    public enum Kind {
        /** Money: paying, refunding, funding, compensating, granting. */
        PAYMENT("a payment"),
        /** Giving up a charge, fee, penalty or debt. */
        WAIVER("a waiver"),
        /** Accepting a quotation, agreeing terms, awarding or varying a contract or lease. */
        AGREEMENT("an agreement"),
        /** Telling a contractor or staff to do something for the Council. */
        INSTRUCTION("an instruction"),
        /** Promising that the Council will do something. */
        UNDERTAKING("an undertaking");

        private final String described;

        Kind(String described) {
            this.described = described;
        }

        /** "a payment", "an instruction": for notices. */
        public String described() {
            return described;
        }
    }

    /** "the message" or "the attachment letter.pdf", for evidence and notices. */
    public String where() {
        return source.equals(MESSAGE) ? "the message" : "the attachment " + source;
    }

    public static final String MESSAGE = "message";
}
