package org.councilprotocol.james;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.apache.mailet.MailetContext;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Members' enquiries in James WebAdmin: {@code GET /council/enquiries} lists them (open, overdue, on-time,
 * closed or complaint; by officer, directorate, member and day received) as JSON or, with
 * {@code format=csv}, as a spreadsheet; {@code GET /council/enquiries/ENQ-2026-00042} shows one with its
 * replies and the reminders sent. James loads it as a WebAdmin extension ({@code extensions.routes} in
 * {@code webadmin.properties}). It only carries requests to the {@link EnquiryDesk} that the
 * {@link CouncilProtocol} mailet leaves in the node's mailet context; until the mailet has started (or
 * when its profile has no enquiries) it answers 503.
 */
public class EnquiryRoutes implements Routes {
    public static final String BASE_PATH = "/council/enquiries";

    private final MailetContext mailetContext;

    @Inject
    public EnquiryRoutes(MailetContext mailetContext) {
        this.mailetContext = mailetContext;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.get(BASE_PATH, (request, response) -> answer("", request, response));
        service.get(BASE_PATH + "/:reference", (request, response) -> answer(request.params("reference"), request, response));
    }

    private Object answer(String reference, Request request, Response response) {
        Map<String, String> answer = desk()
            .map(desk -> desk.apply(reference, parameters(request)))
            .orElseGet(() -> EnquiryDesk.error(503, "WrongState",
                "the CouncilProtocol mailet is not running, or its profile has no enquiries section"));
        response.status(Integer.parseInt(answer.get("status")));
        response.type(answer.get("type"));
        if (answer.containsKey("disposition")) {
            response.header("Content-Disposition", answer.get("disposition"));
        }
        return answer.get("body");
    }

    // Typed by JDK interfaces only: the desk's class comes from the mailet's class loader, not ours. Context
    // attributes are deprecated in the Mailet API, but they are the one place per node both of us can reach.
    @SuppressWarnings({"unchecked", "deprecation"})
    private Optional<BiFunction<String, Map<String, List<String>>, Map<String, String>>> desk() {
        Object desk = mailetContext.getAttribute(EnquiryDesk.ATTRIBUTE);
        return desk instanceof BiFunction<?, ?, ?> function
            ? Optional.of((BiFunction<String, Map<String, List<String>>, Map<String, String>>) function)
            : Optional.empty();
    }

    private static Map<String, List<String>> parameters(Request request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String name : request.queryParams()) {
            parameters.put(name, Arrays.asList(request.queryParamsValues(name)));
        }
        return parameters;
    }
}
