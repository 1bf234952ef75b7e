package org.councilprotocol.enquiry;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Enquiries as the WebAdmin route shows them: one flat row each, with people's names beside their ids
 * and where the enquiry stands on a given day, as JSON fields or as a CSV line (RFC 4180, through
 * Commons CSV) for a spreadsheet.
 */
public final class EnquiryExport {
    /** The columns, in order; also the JSON field names. */
    public static final List<String> COLUMNS = List.of("reference", "status", "overdue", "member", "memberName",
        "officer", "officerName", "directorate", "subject", "received", "due", "statedDeadline", "urgent",
        "lastReply", "lastReplyAt", "closedAt", "coveredBy");

    private final EnquiryPeople people;
    private final LocalDate today;

    /** @param today the London day "overdue" and "covered by" are judged on */
    public EnquiryExport(EnquiryPeople people, LocalDate today) {
        this.people = Objects.requireNonNull(people, "people");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** One enquiry as named values, {@link #COLUMNS} in order; absent values are null. */
    public Map<String, Object> row(Enquiry enquiry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reference", enquiry.reference());
        row.put("status", enquiry.status().id());
        row.put("overdue", enquiry.isOverdue(today));
        row.put("member", enquiry.memberId());
        row.put("memberName", people.name(enquiry.memberId()));
        row.put("officer", enquiry.officerId());
        row.put("officerName", people.name(enquiry.officerId()));
        row.put("directorate", enquiry.directorate().orElse(null));
        row.put("subject", enquiry.subject());
        row.put("received", enquiry.receivedOn().toString());
        row.put("due", enquiry.due().toString());
        row.put("statedDeadline", text(enquiry.statedDeadline()));
        row.put("urgent", enquiry.urgent());
        row.put("lastReply", enquiry.lastReplyKind().map(ReplyKind::id).orElse(null));
        row.put("lastReplyAt", text(enquiry.lastReplyAt()));
        row.put("closedAt", text(enquiry.closedAt()));
        row.put("coveredBy", enquiry.isOpen()
            ? people.coverFor(enquiry.officerId(), today).map(person -> person.id()).orElse(null) : null);
        return row;
    }

    /** Writes a header line and one line per enquiry. */
    public void writeCsv(Appendable out, Iterable<Enquiry> enquiries) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        // Not closed: closing a printer closes what it writes to, which belongs to the caller.
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Enquiry enquiry : enquiries) {
            for (Object value : row(enquiry).values()) {
                printer.print(value == null ? "" : cell(value.toString()));
            }
            printer.println();
        }
        printer.flush();
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula; a
     * subject line is the member's own words, so such a cell is written as text with a leading quote.
     */
    static String cell(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }
}
