package org.councilprotocol.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.councilprotocol.enquiry.WorkingCalendar;
import org.councilprotocol.model.Nation;
import org.councilprotocol.text.MessageText;

/**
 * The labelled enquiry and reply corpus (test resource enquiry/corpus.tsv) and how each row is read: through
 * {@link MessageText#ofPlainText}, so that only the author's own words reach the reader, as in the mailet.
 */
final class EnquiryCorpus {
    /** Every corpus message is sent then. */
    static final ZonedDateTime SENT = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneId.of("Europe/London"));
    static final EnquiryReader READER = new EnquiryReader(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));
    static final ReplyClassifier CLASSIFIER = new ReplyClassifier(WorkingCalendar.of(Nation.ENGLAND_AND_WALES));

    private EnquiryCorpus() {
    }

    /** One labelled message. */
    record Row(String id, String task, String label, String split, String subject, HeaderFacts headers, String body) {
        boolean enquiry() {
            return task.equals("enquiry");
        }

        boolean heldOut() {
            return split.equals("held-out");
        }

        /** The label's class: question, request, complaint, none; substantive, holding, holding-reply-incomplete, acknowledgement. */
        String labelClass() {
            return label.split(":")[0];
        }

        /** What the code reads, in the label's own form ("none:thanks", "holding-reply-incomplete:reason,deadline"). */
        String read() {
            String author = MessageText.ofPlainText(body).authorText();
            if (enquiry()) {
                EnquiryReading reading = READER.read(subject, author, headers, SENT);
                return reading.because().map(why -> "none:" + why.id()).orElse(reading.label());
            }
            ReplyReading reading = CLASSIFIER.classify(author, SENT);
            return reading.kind().id() + (reading.missing().isEmpty() ? ""
                : ":" + reading.missing().stream().map(HoldingElement::id).collect(Collectors.joining(",")));
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = EnquiryCorpus.class.getResourceAsStream("/enquiry/corpus.tsv")) {
            if (in == null) {
                throw new IllegalStateException("test resource enquiry/corpus.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 7) {
                    throw new IllegalStateException("corpus.tsv line " + number + " has " + columns.length + " columns, not 7");
                }
                rows.add(new Row(columns[0], columns[1], columns[2], columns[3], columns[4], headers(columns[5], number),
                    columns[6].replace("\\n", "\n")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static HeaderFacts headers(String column, int line) {
        if (column.equals("-")) {
            return HeaderFacts.PERSONAL;
        }
        Set<String> named = Set.of(column.split(","));
        if (!Set.of("auto-submitted", "bulk", "list", "autoreply").containsAll(named)) {
            throw new IllegalStateException("corpus.tsv line " + line + ": unknown headers " + column);
        }
        return new HeaderFacts(named.contains("auto-submitted"), named.contains("bulk"), named.contains("list"),
            named.contains("autoreply"));
    }
}
