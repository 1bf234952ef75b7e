package org.councilprotocol.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.councilprotocol.config.CouncilConfig;
import org.councilprotocol.config.ExampleConfig;
import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.enquiry.EnquiryTimers;
import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EnquiryDeskTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant ASKED = LocalDateTime.parse("2026-12-01T10:00").atZone(LONDON).toInstant();
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateStore state;
    private EnquiryStore store;
    private EnquiryDesk desk;

    @BeforeEach
    void open() {
        CouncilConfig config = CouncilConfig.load(ExampleConfig.folder().orElseThrow(), Optional.empty(), Set.of());
        state = StateStore.open("jdbc:h2:mem:desk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        EnquiryTimers timers = EnquiryTimers.of(config.directory().nation(), config.profile().enquiries().orElseThrow());
        store = EnquiryStore.on(state, timers);
        Clock clock = Clock.fixed(LocalDateTime.parse("2026-12-17T09:00").atZone(LONDON).toInstant(), LONDON);
        desk = new EnquiryDesk(store, new EnquiryPeople(config.directory(), timers.config()), clock);
        store.open(new EnquiryStore.Opening("<a@northbrook.gov.uk>", "<a@northbrook.gov.uk>", "cllr-mary-jones", "dan-green",
            Optional.of("Place"), "Hedge on Station Road", ASKED, Optional.empty()));
    }

    @AfterEach
    void close() {
        state.close();
    }

    @Test
    void listsAsJsonWithTheDayAndTheTotal() throws Exception {
        Map<String, String> answer = desk.apply("", Map.of("status", List.of("overdue")));

        assertThat(answer).containsEntry("status", "200").containsEntry("type", "application/json");
        JsonNode page = JSON.readTree(answer.get("body"));
        assertThat(page.get("today").asText()).isEqualTo("2026-12-17");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        assertThat(page.get("enquiries").get(0).get("reference").asText()).isEqualTo("ENQ-2026-00001");
        assertThat(page.get("enquiries").get(0).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void exportsCsvAsAFileNamedForTheDay() {
        Map<String, String> answer = desk.apply("", Map.of("format", List.of("csv")));

        assertThat(answer).containsEntry("status", "200").containsEntry("type", "text/csv; charset=utf-8")
            .containsEntry("disposition", "attachment; filename=\"enquiries-2026-12-17.csv\"");
        assertThat(answer.get("body").lines()).hasSize(2).element(1).asString().startsWith("ENQ-2026-00001,open,true,");
    }

    @Test
    void showsOneEnquiryAndSaysSoWhenThereIsNone() throws Exception {
        JsonNode shown = JSON.readTree(desk.apply("ENQ-2026-00001", Map.of()).get("body"));
        assertThat(shown.get("subject").asText()).isEqualTo("Hedge on Station Road");
        assertThat(shown.get("replies")).isEmpty();
        assertThat(shown.get("reminders")).isEmpty();

        Map<String, String> missing = desk.apply("ENQ-2026-00099", Map.of());
        assertThat(missing).containsEntry("status", "404");
        assertThat(JSON.readTree(missing.get("body")).get("message").asText()).isEqualTo("no enquiry ENQ-2026-00099");
    }

    @Test
    void aBadQueryIsAnsweredWith400AndTheReason() throws Exception {
        Map<String, String> answer = desk.apply("", Map.of("from", List.of("yesterday")));

        assertThat(answer).containsEntry("status", "400");
        JsonNode error = JSON.readTree(answer.get("body"));
        assertThat(error.get("type").asText()).isEqualTo("InvalidArgument");
        assertThat(error.get("message").asText()).isEqualTo("from must be a date such as 2026-11-30, not yesterday");
    }
}
