package org.councilprotocol.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilprotocol.detect.CapacityReading;
import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Verdict;

/** The X-Council-* headers that record the gateway's view on the message itself. */
final class Stamps {
    private Stamps() {
    }

    static List<Decision.Header> headers(Correspondence correspondence, Optional<CapacityReading> capacity,
                                         List<Finding> findings, Verdict verdict) {
        return headers(correspondence, capacity, findings, verdict, EnquiryTracker.Tracked.NOTHING);
    }

    static List<Decision.Header> headers(Correspondence correspondence, Optional<CapacityReading> capacity,
                                         List<Finding> findings, Verdict verdict, EnquiryTracker.Tracked enquiry) {
        List<Decision.Header> headers = new ArrayList<>();
        StringBuilder value = new StringBuilder(correspondence.kind().id())
            .append("; sender-kind=").append(correspondence.senderKind().id());
        correspondence.senderPerson().ifPresent(person -> value.append("; sender=").append(person.id()));
        value.append("; thread=").append(quoted(correspondence.thread().threadId()));
        headers.add(new Decision.Header(Decision.CORRESPONDENCE, value.toString()));
        correspondence.claimed().ifPresent(person -> headers.add(new Decision.Header(Decision.SENDER,
            "unverified; claimed=" + person.id() + "; reason=" + quoted("not authenticated as the owner of the From address"))));
        capacity.ifPresent(reading -> headers.add(new Decision.Header(Decision.CAPACITY, reading.capacity().id()
            + reading.ward().map(ward -> "; ward=" + quoted(ward)).orElse(""))));
        enquiry.opened().filter(EnquiryTracker.Opened::opens).ifPresent(opened -> headers.add(new Decision.Header(
            Decision.ENQUIRY, opened.reference().orElseThrow() + "; due=" + opened.due().orElseThrow()
                + opened.statedDeadline().map(date -> "; stated-deadline=" + date).orElse(""))));
        // A constituent's complaint: recorded under a reference, but for the complaints procedure, with no timer.
        enquiry.opened().filter(opened -> opened.complaints().isPresent()).ifPresent(opened -> headers.add(
            new Decision.Header(Decision.ENQUIRY, opened.reference().orElseThrow() + "; complaint; procedure="
                + quoted(opened.complaints().get()))));
        // On a reply: what the reply was, and the enquiry as it now stands (closed, or due on a new date).
        enquiry.replied().ifPresent(reply -> headers.add(new Decision.Header(Decision.ENQUIRY,
            reply.enquiry().reference() + "; due=" + reply.enquiry().due() + "; reply=" + reply.kindId()
                + "; status=" + reply.enquiry().status().id())));
        for (Finding finding : findings) {
            headers.add(new Decision.Header(Decision.FINDING, finding.rule() + "; action=" + finding.action().id()
                + "; clause=" + quoted(finding.clause())));
        }
        if (!findings.isEmpty()) {
            headers.add(new Decision.Header(Decision.VERDICT, verdict.id()));
        }
        return headers;
    }

    /** A header parameter value, quoted and kept to printable ASCII so no header can be broken by it. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.append('"').toString();
    }
}
