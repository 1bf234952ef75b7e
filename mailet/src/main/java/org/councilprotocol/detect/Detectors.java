package org.councilprotocol.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** The detectors available to profiles: the built-in ones and any found on the class path. */
public final class Detectors {
    private final Map<String, Detector> byRule;

    private Detectors(Map<String, Detector> byRule) {
        this.byRule = Map.copyOf(byRule);
    }

    public static Detectors of(List<Detector> detectors) {
        Map<String, Detector> byRule = new LinkedHashMap<>();
        detectors.forEach(detector -> byRule.put(detector.rule(), detector));
        return new Detectors(byRule);
    }

    /** Built-in detectors plus extensions registered under {@code META-INF/services/org.councilprotocol.detect.Detector}. */
    public static Detectors discover(ClassLoader classLoader) {
        Map<String, Detector> byRule = new LinkedHashMap<>();
        BuiltInDetectors.all().forEach(detector -> byRule.put(detector.rule(), detector));
        ServiceLoader.load(Detector.class, classLoader).forEach(detector -> byRule.putIfAbsent(detector.rule(), detector));
        return new Detectors(byRule);
    }

    public Optional<Detector> forRule(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }

    /** Rule names beyond the built-in catalogue, which profiles may then name. */
    public Set<String> rules() {
        return byRule.keySet();
    }
}
