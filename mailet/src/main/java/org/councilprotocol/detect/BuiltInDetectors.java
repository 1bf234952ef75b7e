package org.councilprotocol.detect;

import java.util.List;

/**
 * The detectors shipped with the gateway. Each protocol capability adds its detector here;
 * a rule a profile names without a detector is reported at start-up as not yet enforced.
 */
final class BuiltInDetectors {
    private BuiltInDetectors() {
    }

    static List<Detector> all() {
        return List.of(new SilentCopyDetector(), new UndisclosedCopyDetector(), new CapacityUndeclaredDetector(),
            new PartyPoliticalDetector(), new HoldingReplyIncompleteDetector());
    }
}
