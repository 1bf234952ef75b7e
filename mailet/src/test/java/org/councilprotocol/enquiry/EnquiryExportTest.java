package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.enquiry.EnquiryCouncil.date;
import static org.councilprotocol.enquiry.EnquiryCouncil.london;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.councilprotocol.config.CouncilConfig;
import org.junit.jupiter.api.Test;

class EnquiryExportTest {
    private static final CouncilConfig NORTHBROOK = EnquiryCouncil.northbrook();
    private static final EnquiryTimers TIMERS = EnquiryCouncil.timers(NORTHBROOK);
    private static final EnquiryPeople PEOPLE = new EnquiryPeople(NORTHBROOK.directory(), TIMERS.config());

    private static Enquiry enquiry(String reference, String officer, String subject, EnquiryStatus status) {
        Instant opened = london(2026, 11, 23, 10, 15);
        return new Enquiry(reference, "<thread>", "<" + reference + "@northbrook.gov.uk>", EnquiryCouncil.ANN, officer,
            Optional.of("Place"), subject, opened, date(2026, 11, 23),
            TIMERS.opening(opened, Optional.of(date(2026, 12, 1))), false, status,
            status == EnquiryStatus.CLOSED ? Optional.of(london(2026, 11, 30, 16, 0)) : Optional.empty(),
            status == EnquiryStatus.CLOSED ? Optional.of(ReplyKind.SUBSTANTIVE) : Optional.empty(),
            status == EnquiryStatus.CLOSED ? Optional.of(london(2026, 11, 30, 16, 0)) : Optional.empty());
    }

    @Test
    void aRowNamesThePeopleAndSaysWhereTheEnquiryStands() {
        Enquiry late = enquiry("ENQ-2026-00007", EnquiryCouncil.DAN, "Hedge on Station Road", EnquiryStatus.OPEN);

        Map<String, Object> row = new EnquiryExport(PEOPLE, date(2026, 12, 9)).row(late);

        assertThat(row.keySet()).containsExactlyElementsOf(EnquiryExport.COLUMNS);
        assertThat(row).containsEntry("reference", "ENQ-2026-00007").containsEntry("status", "open")
            .containsEntry("overdue", true).containsEntry("member", "cllr-ann-smith")
            .containsEntry("memberName", "Cllr Ann Smith").containsEntry("officerName", "Dan Green")
            .containsEntry("received", "2026-11-23").containsEntry("due", "2026-12-07")
            .containsEntry("statedDeadline", "2026-12-01").containsEntry("lastReply", null)
            .containsEntry("coveredBy", null);
        assertThat(new EnquiryExport(PEOPLE, date(2026, 12, 7)).row(late)).as("on the due day itself")
            .containsEntry("overdue", false);
    }

    @Test
    void aClosedEnquiryIsNeverOverdue() {
        Enquiry closed = enquiry("ENQ-2026-00008", EnquiryCouncil.DAN, "Bins", EnquiryStatus.CLOSED);

        assertThat(new EnquiryExport(PEOPLE, date(2027, 1, 20)).row(closed)).containsEntry("overdue", false)
            .containsEntry("lastReply", "substantive").containsEntry("closedAt", "2026-11-30T16:00:00Z");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaksAndDisarmsFormulas() throws IOException {
        List<Enquiry> enquiries = List.of(
            enquiry("ENQ-2026-00001", EnquiryCouncil.DAN, "Potholes, Northdown Road \"again\"", EnquiryStatus.OPEN),
            enquiry("ENQ-2026-00002", EnquiryCouncil.DAN, "=HYPERLINK(\"http://example.org\")", EnquiryStatus.OPEN),
            enquiry("ENQ-2026-00003", EnquiryCouncil.DAN, "Two\nlines", EnquiryStatus.OPEN));
        StringBuilder csv = new StringBuilder();

        new EnquiryExport(PEOPLE, date(2026, 12, 1)).writeCsv(csv, enquiries);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(csv.toString())).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("subject")).isEqualTo("Potholes, Northdown Road \"again\"");
        assertThat(records.get(1).get("subject")).isEqualTo("'=HYPERLINK(\"http://example.org\")");
        assertThat(records.get(2).get("subject")).isEqualTo("Two\nlines");
        assertThat(records.get(0).get("statedDeadline")).isEqualTo("2026-12-01");
        assertThat(records.get(0).get("lastReply")).isEmpty();
        assertThat(csv.toString()).startsWith(String.join(",", EnquiryExport.COLUMNS) + "\r\n");
    }

    @Test
    void anAbsentOfficersOpenEnquiryShowsWhoCovers() {
        // The test council's directory has Bob Jones away 11 to 15 January 2027; Dan Green is his alternate.
        Enquiry bobs = enquiry("ENQ-2026-00009", EnquiryCouncil.BOB, "Gritting routes", EnquiryStatus.OPEN);

        assertThat(new EnquiryExport(PEOPLE, date(2027, 1, 12)).row(bobs)).containsEntry("coveredBy", EnquiryCouncil.DAN);
        assertThat(new EnquiryExport(PEOPLE, date(2027, 1, 18)).row(bobs)).containsEntry("coveredBy", null);
    }
}
