package org.councilprotocol.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled sentences of test resource {@code obligation/sentences-*.tsv}: label, sentence, note. */
record ObligationSentences(String split, List<Labelled> sentences) {

    record Labelled(boolean obligation, String sentence, String note) {
    }

    static ObligationSentences load(String split) {
        String resource = "/obligation/sentences-" + split + ".tsv";
        List<Labelled> sentences = new ArrayList<>();
        try (InputStream in = ObligationSentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                sentences.add(new Labelled(fields[0].equals("obligation"), fields[1], fields.length > 2 ? fields[2] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ObligationSentences(split, sentences);
    }
}
