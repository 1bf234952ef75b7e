package org.councilprotocol.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: how the trained reader's L2 cost and firmness were chosen. Each tuning split in turn is left out of
 * training and read by the rules with a model trained on the others; the counts are summed over the splits. The rules
 * have been tuned on every split, so what changes between settings is what the model adds, found or wrongly found, on
 * sentences it has not seen. Run it as {@link ObligationBenchmark} is run; arguments, if any, name the splits.
 */
public final class CommitmentModelSelection {
    private static final double[] L2_COSTS = {0.03, 0.1, 0.3, 1.0};
    /** Firmness above 1 leaves the model out: the rules alone, for comparison. */
    private static final double[] FIRMNESS = {0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
    /** {@code -Dselection.show=0.1/0.7} lists the sentences misread with that L2 cost and firmness. */
    private static final String SHOW = System.getProperty("selection.show", "");

    private CommitmentModelSelection() {
    }

    public static void main(String[] args) {
        List<String> splits = args.length > 0 ? List.of(args) : CommitmentModel.TRAINING_SPLITS;
        for (double l2 : L2_COSTS) {
            List<CommitmentModel> models = new ArrayList<>();
            for (String out : splits) {
                List<String> rest = new ArrayList<>(splits);
                rest.remove(out);
                models.add(CommitmentModel.train(rest, l2));
            }
            for (double firm : FIRMNESS) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                StringBuilder each = new StringBuilder();
                for (int i = 0; i < splits.size(); i++) {
                    Commitments reader = Commitments.withModel("Northbrook District Council", models.get(i), firm);
                    int[] counts = new int[3];
                    for (ObligationSentences.Labelled sentence : ObligationSentences.load(splits.get(i)).sentences()) {
                        boolean found = reader.read(sentence.sentence()).isPresent();
                        counts[0] += found && sentence.obligation() ? 1 : 0;
                        counts[1] += found && !sentence.obligation() ? 1 : 0;
                        counts[2] += !found && sentence.obligation() ? 1 : 0;
                        if (found != sentence.obligation() && SHOW.equals(l2 + "/" + firm)) {
                            System.out.printf("    %s %s: %s%n", splits.get(i), found ? "FP" : "FN", sentence.sentence());
                        }
                    }
                    tp += counts[0];
                    fp += counts[1];
                    fn += counts[2];
                    each.append(String.format("  %s %d/%d/%d", splits.get(i), counts[0], counts[1], counts[2]));
                }
                System.out.printf("L2 %.2f firm %.1f: P %.3f R %.3f (tp %d, fp %d, fn %d)%s%n", l2, firm,
                    tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp, fp, fn, each);
            }
        }
    }
}
