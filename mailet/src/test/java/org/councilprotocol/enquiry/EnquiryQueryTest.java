package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.councilprotocol.enquiry.EnquiryCouncil.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.councilprotocol.enquiry.EnquiryFilter.Listing;
import org.councilprotocol.model.Directory;
import org.junit.jupiter.api.Test;

class EnquiryQueryTest {
    private static final Directory DIRECTORY = EnquiryCouncil.northbrook().directory();
    private static final LocalDate TODAY = date(2026, 12, 3);

    private static EnquiryQuery parse(Map<String, List<String>> parameters) throws EnquiryQuery.Invalid {
        return EnquiryQuery.parse(parameters, DIRECTORY, TODAY);
    }

    @Test
    void noParametersListsEveryEnquiryAsJsonFirstPage() throws Exception {
        EnquiryQuery query = parse(Map.of());

        assertThat(query.format()).isEqualTo(EnquiryQuery.Format.JSON);
        assertThat(query.limited()).isFalse();
        assertThat(query.filter()).isEqualTo(EnquiryFilter.all(TODAY));
    }

    @Test
    void everyFilterIsRead() throws Exception {
        EnquiryQuery query = parse(Map.of("status", List.of("overdue"), "officer", List.of("dan-green"),
            "member", List.of("cllr.ann.smith@northbrook.gov.uk"), "directorate", List.of("Place"),
            "from", List.of("2026-11-01"), "to", List.of("2026-11-30"), "limit", List.of("50"), "offset", List.of("100"),
            "format", List.of("csv")));

        EnquiryFilter filter = query.filter();
        assertThat(filter.listing()).contains(Listing.OVERDUE);
        assertThat(filter.officer()).contains("dan-green");
        assertThat(filter.member()).as("found by address").contains("cllr-ann-smith");
        assertThat(filter.directorate()).contains("Place");
        assertThat(filter.from()).contains(date(2026, 11, 1));
        assertThat(filter.to()).contains(date(2026, 11, 30));
        assertThat(filter.limit()).isEqualTo(50);
        assertThat(filter.offset()).isEqualTo(100);
        assertThat(filter.today()).isEqualTo(TODAY);
        assertThat(query.format()).isEqualTo(EnquiryQuery.Format.CSV);
        assertThat(query.limited()).isTrue();
    }

    @Test
    void statusAllIsTheSameAsNoStatus() throws Exception {
        assertThat(parse(Map.of("status", List.of("all"))).filter().listing()).isEqualTo(Optional.empty());
        assertThat(parse(Map.of("status", List.of("on-time"))).filter().listing()).contains(Listing.ON_TIME);
    }

    @Test
    void aMistypedParameterIsRefusedByName() {
        assertThatThrownBy(() -> parse(Map.of("offcer", List.of("dan-green"))))
            .isInstanceOf(EnquiryQuery.Invalid.class)
            .hasMessageStartingWith("unknown parameter offcer; use directorate, format, from, limit");
    }

    @Test
    void badValuesAreRefusedSayingWhatIsExpected() {
        assertThatThrownBy(() -> parse(Map.of("status", List.of("late"))))
            .hasMessage("status must be one of all, open, overdue, on-time, closed, complaint; not late");
        assertThatThrownBy(() -> parse(Map.of("officer", List.of("nobody"))))
            .hasMessageContaining("officer nobody is not in the directory");
        assertThatThrownBy(() -> parse(Map.of("member", List.of("someone@example.org"))))
            .hasMessageContaining("member someone@example.org is not in the directory");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("1/12/2026"))))
            .hasMessage("from must be a date such as 2026-11-30, not 1/12/2026");
        assertThatThrownBy(() -> parse(Map.of("from", List.of("2026-12-05"), "to", List.of("2026-12-01"))))
            .hasMessage("to (2026-12-01) is before from (2026-12-05)");
        assertThatThrownBy(() -> parse(Map.of("limit", List.of("0"))))
            .hasMessage("limit must be a whole number from 1 to 10000, not 0");
        assertThatThrownBy(() -> parse(Map.of("limit", List.of("ten"))))
            .hasMessage("limit must be a whole number from 1 to 10000, not ten");
        assertThatThrownBy(() -> parse(Map.of("offset", List.of("-1"))))
            .hasMessageStartingWith("offset must be a whole number from 0");
        assertThatThrownBy(() -> parse(Map.of("format", List.of("xml"))))
            .hasMessage("format must be json or csv");
        assertThatThrownBy(() -> parse(Map.of("officer", List.of("dan-green", "bob-jones"))))
            .hasMessage("officer is given 2 times; give it once");
        assertThatThrownBy(() -> parse(Map.of("directorate", List.of(" "))))
            .hasMessage("directorate is empty");
    }
}
