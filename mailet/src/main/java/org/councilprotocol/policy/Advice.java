package org.councilprotocol.policy;

import java.util.Map;

/** What a person can do next about a finding of each rule, in plain words. */
final class Advice {
    private static final Map<String, String> NEXT_STEP = Map.of(
        "silent-copy", "Send it again with every councillor who should see it named openly in To or Cc, "
            + "so that the councillor you are corresponding with can see who else received it.",
        "undisclosed-copy", "Before copying a councillor's correspondence to another councillor, ask the author "
            + "for consent or rely on a ground the protocol allows, and tell the original councillor who received it.",
        "obligation-in-member-name", "Ask the responsible officer to send the letter in their own name; a councillor "
            + "cannot commit the Council. The Monitoring Officer will release or return the held letter.",
        "official-letter-in-member-name", "Official letters on behalf of the Council normally go out in the name of "
            + "the appropriate officer. If you believe your role allows it, no action is needed.",
        "capacity-undeclared", "Say in your message that you are writing as a ward councillor. The gateway adds the "
            + "council's standard statement when it can, but it never changes signed mail.",
        "party-political-use", "Use your own, non-council email for party political or campaigning work.",
        "holding-reply-incomplete", "Reply again giving the reason for the delay, the action being taken and the date "
            + "by which a full answer will be sent.",
        "ooo-no-alternate", "Add a colleague to contact while you are away to your out-of-office message.",
        "unreadable-attachment", "Send the attachment again as a file that opens without a password (or put its words in "
            + "the message), so that it can be checked like the rest of your mail.");

    private Advice() {
    }

    /** Rules whose flagged findings are also explained to the sender, as advice. */
    static boolean advisesSender(String rule) {
        return rule.equals("party-political-use") || rule.equals("capacity-undeclared")
            || rule.equals("official-letter-in-member-name") || rule.equals("holding-reply-incomplete");
    }

    static String nextStep(String rule) {
        return NEXT_STEP.getOrDefault(rule, "If you are unsure what to do, ask the Monitoring Officer.");
    }
}
