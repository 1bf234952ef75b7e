package org.councilprotocol.james;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.councilprotocol.enquiry.Enquiry;
import org.councilprotocol.enquiry.EnquiryExport;
import org.councilprotocol.enquiry.EnquiryFilter;
import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.enquiry.EnquiryQuery;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.store.StoreException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers the WebAdmin enquiries route from the running mailet's store: a list (JSON or CSV) for an empty
 * reference, one enquiry with its replies and reminders otherwise.
 *
 * <p>Why a {@link BiFunction} of plain JDK types: James loads the mailet and each WebAdmin extension through
 * separate class loaders over {@code extensions-jars/}, so the two see different copies of our classes. They
 * meet in the node's mailet context, where the mailet puts this desk as an attribute ({@value #ATTRIBUTE})
 * and {@link EnquiryRoutes} finds it; only {@code String}, {@code List} and {@code Map} cross between them.
 * The answer is a map with {@code status}, {@code type}, {@code body} and, for a CSV file,
 * {@code disposition}.
 */
final class EnquiryDesk implements BiFunction<String, Map<String, List<String>>, Map<String, String>> {
    static final String ATTRIBUTE = "org.councilprotocol.enquiries";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EnquiryStore store;
    private final EnquiryPeople people;
    private final Clock clock;

    EnquiryDesk(EnquiryStore store, EnquiryPeople people, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.people = Objects.requireNonNull(people, "people");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, String> apply(String reference, Map<String, List<String>> parameters) {
        LocalDate today = store.timers().actionDay(clock.instant());
        try {
            return reference == null || reference.isEmpty() ? list(parameters, today) : one(reference, today);
        } catch (StoreException e) {
            return error(500, "ServerError", "could not read the enquiries: " + e.getMessage());
        }
    }

    private Map<String, String> list(Map<String, List<String>> parameters, LocalDate today) {
        EnquiryQuery query;
        try {
            query = EnquiryQuery.parse(parameters, people.directory(), today);
        } catch (EnquiryQuery.Invalid e) {
            return error(400, "InvalidArgument", e.getMessage());
        }
        EnquiryExport export = new EnquiryExport(people, today);
        if (query.format() == EnquiryQuery.Format.CSV) {
            StringWriter csv = new StringWriter();
            try {
                export.writeCsv(csv, query.limited() ? store.list(query.filter()) : every(query.filter()));
            } catch (IOException e) {
                throw new IllegalStateException("a StringWriter does not fail", e);
            }
            Map<String, String> answer = answer(200, "text/csv; charset=utf-8", csv.toString());
            answer.put("disposition", "attachment; filename=\"enquiries-" + today + ".csv\"");
            return answer;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("today", today.toString());
        page.put("total", store.count(query.filter()));
        page.put("limit", query.filter().limit());
        page.put("offset", query.filter().offset());
        page.put("enquiries", store.list(query.filter()).stream().map(export::row).toList());
        return json(200, page);
    }

    private Map<String, String> one(String reference, LocalDate today) {
        Enquiry enquiry = store.find(reference).orElse(null);
        if (enquiry == null) {
            return error(404, "notFound", "no enquiry " + reference);
        }
        Map<String, Object> shown = new LinkedHashMap<>(new EnquiryExport(people, today).row(enquiry));
        shown.put("replies", store.replies(reference).stream().map(reply -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", reply.kind().id());
            row.put("by", reply.repliedBy().orElse(null));
            row.put("at", reply.receivedAt().toString());
            row.put("newDeadline", reply.newDeadline().map(LocalDate::toString).orElse(null));
            return row;
        }).toList());
        shown.put("reminders", store.reminders(reference).stream().map(sent -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", sent.kind().id());
            row.put("about", sent.about().toString());
            row.put("sendOn", sent.sendOn().toString());
            row.put("sentAt", sent.sentAt().toString());
            row.put("outcome", sent.outcome());
            row.put("to", sent.recipients());
            return row;
        }).toList());
        return json(200, shown);
    }

    /** Every enquiry the filter matches, a page at a time. */
    private List<Enquiry> every(EnquiryFilter filter) {
        List<Enquiry> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<Enquiry> page = store.list(filter.page(EnquiryFilter.MAX_LIMIT, offset));
            all.addAll(page);
            if (page.size() < EnquiryFilter.MAX_LIMIT) {
                return all;
            }
            offset += page.size();
        }
    }

    /** An error as James WebAdmin writes its own: status code, type and message. */
    static Map<String, String> error(int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status);
        body.put("type", type);
        body.put("message", message);
        return json(status, body);
    }

    private static Map<String, String> json(int status, Object body) {
        try {
            return answer(status, "application/json", JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers always write as JSON", e);
        }
    }

    private static Map<String, String> answer(int status, String type, String body) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("status", String.valueOf(status));
        answer.put("type", type);
        answer.put("body", body);
        return answer;
    }
}
