package org.councilprotocol.james;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;
import org.apache.james.webadmin.utils.ErrorResponder.ErrorType;
import org.apache.james.webadmin.utils.JsonTransformer;
import org.councilprotocol.enquiry.Enquiry;
import org.councilprotocol.enquiry.EnquiryExport;
import org.councilprotocol.enquiry.EnquiryFilter;
import org.councilprotocol.enquiry.EnquiryPeople;
import org.councilprotocol.enquiry.EnquiryQuery;
import org.councilprotocol.enquiry.EnquiryStore;
import org.councilprotocol.store.StoreException;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Members' enquiries in James WebAdmin: {@code GET /council/enquiries} lists them (open, overdue, on-time,
 * closed or complaint; by officer, directorate, member and day received) as JSON or, with
 * {@code format=csv}, as a spreadsheet; {@code GET /council/enquiries/ENQ-2026-00042} shows one with its
 * replies and the reminders sent. James loads it as a WebAdmin extension ({@code extensions.routes} in
 * {@code webadmin.properties}); the {@link CouncilProtocol} mailet, which owns the store, opens it when it
 * starts, and until then it answers 503.
 */
public class EnquiryRoutes implements Routes {
    public static final String BASE_PATH = "/council/enquiries";

    /** What the route reads from: the running mailet's store, directory and clock. */
    record Desk(EnquiryStore store, EnquiryPeople people, Clock clock) {
        Desk {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(people, "people");
            Objects.requireNonNull(clock, "clock");
        }

        LocalDate today() {
            return store.timers().actionDay(clock.instant());
        }
    }

    // James builds the routes and the mailet separately, each through its own injector, so they meet here.
    private static final AtomicReference<Desk> DESK = new AtomicReference<>();

    static void open(Desk desk) {
        DESK.set(desk);
    }

    static void close(Desk desk) {
        DESK.compareAndSet(desk, null);
    }

    private final JsonTransformer json = new JsonTransformer();

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.get(BASE_PATH, this::list);
        service.get(BASE_PATH + "/:reference", this::one, json);
    }

    private Object list(Request request, Response response) throws Exception {
        Desk desk = desk();
        LocalDate today = desk.today();
        EnquiryQuery query;
        try {
            query = EnquiryQuery.parse(parameters(request), desk.people().directory(), today);
        } catch (EnquiryQuery.Invalid e) {
            throw ErrorResponder.builder().statusCode(400).type(ErrorType.INVALID_ARGUMENT).message(e.getMessage())
                .haltError();
        }
        EnquiryExport export = new EnquiryExport(desk.people(), today);
        try {
            if (query.format() == EnquiryQuery.Format.CSV) {
                response.type("text/csv; charset=utf-8");
                response.header("Content-Disposition", "attachment; filename=\"enquiries-" + today + ".csv\"");
                StringWriter csv = new StringWriter();
                export.writeCsv(csv, query.limited() ? desk.store().list(query.filter()) : every(desk.store(), query.filter()));
                return csv.toString();
            }
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("today", today.toString());
            page.put("total", desk.store().count(query.filter()));
            page.put("limit", query.filter().limit());
            page.put("offset", query.filter().offset());
            page.put("enquiries", desk.store().list(query.filter()).stream().map(export::row).toList());
            response.type("application/json");
            return json.render(page);
        } catch (StoreException | IOException e) {
            throw ErrorResponder.builder().statusCode(500).type(ErrorType.SERVER_ERROR)
                .message("could not read the enquiries: " + e.getMessage()).cause(e).haltError();
        }
    }

    private Object one(Request request, Response response) {
        Desk desk = desk();
        String reference = request.params("reference");
        Enquiry enquiry;
        try {
            enquiry = desk.store().find(reference).orElseThrow(() -> ErrorResponder.builder().statusCode(404)
                .type(ErrorType.NOT_FOUND).message("no enquiry " + reference).haltError());
            Map<String, Object> shown = new LinkedHashMap<>(new EnquiryExport(desk.people(), desk.today()).row(enquiry));
            shown.put("replies", desk.store().replies(reference).stream().map(reply -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", reply.kind().id());
                row.put("by", reply.repliedBy().orElse(null));
                row.put("at", reply.receivedAt().toString());
                row.put("newDeadline", reply.newDeadline().map(LocalDate::toString).orElse(null));
                return row;
            }).toList());
            shown.put("reminders", desk.store().reminders(reference).stream().map(sent -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", sent.kind().id());
                row.put("about", sent.about().toString());
                row.put("sendOn", sent.sendOn().toString());
                row.put("sentAt", sent.sentAt().toString());
                row.put("outcome", sent.outcome());
                row.put("to", sent.recipients());
                return row;
            }).toList());
            response.type("application/json");
            return shown;
        } catch (StoreException e) {
            throw ErrorResponder.builder().statusCode(500).type(ErrorType.SERVER_ERROR)
                .message("could not read enquiry " + reference + ": " + e.getMessage()).cause(e).haltError();
        }
    }

    private static Desk desk() {
        Desk desk = DESK.get();
        if (desk == null) {
            throw ErrorResponder.builder().statusCode(503).type(ErrorType.WRONG_STATE)
                .message("the CouncilProtocol mailet is not running, or its profile has no enquiries section")
                .haltError();
        }
        return desk;
    }

    /** Every enquiry the filter matches, a page at a time. */
    private static List<Enquiry> every(EnquiryStore store, EnquiryFilter filter) {
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

    private static Map<String, List<String>> parameters(Request request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : request.queryParams()) {
            parameters.put(name, Arrays.asList(request.queryParamsValues(name)));
        }
        return parameters;
    }
}
