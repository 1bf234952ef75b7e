package org.councilprotocol.detect;

import java.util.List;

/**
 * The detectors shipped with the gateway. Each protocol capability adds its detector here; a rule a profile
 * names without a detector is reported at start-up as not yet enforced. {@link HoldingReplyIncompleteDetector}
 * is not here yet: it needs to know whether the reply's thread holds an open enquiry, which the enquiry
 * wiring will give it.
 */
final class BuiltInDetectors {
    private BuiltInDetectors() {
    }

    static List<Detector> all() {
        return List.of(new SilentCopyDetector(), new UndisclosedCopyDetector(), new CapacityUndeclaredDetector(),
            new PartyPoliticalDetector(), new ObligationDetector(), new OfficialLetterDetector(),
            new UnreadableAttachmentDetector());
    }
}
