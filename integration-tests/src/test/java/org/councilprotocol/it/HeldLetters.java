package org.councilprotocol.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Monitoring Officer's side of held letters, through James WebAdmin's mail-repository routes: the
 * same calls the README documents (list, read, reprocess to {@code transport} or {@code council-returned}).
 */
final class HeldLetters {
    static final String REPOSITORY = "var/mail/council-held";
    private static final String MAILS = "/mailRepositories/" + TestCouncil.repository(REPOSITORY) + "/mails";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() { };

    private final TestCouncil council;

    HeldLetters(TestCouncil council) {
        this.council = council;
    }

    List<String> keys() throws Exception {
        return JSON.readValue(council.webAdmin("GET", MAILS), KEYS);
    }

    /** The held mail's sender, recipients and headers, as WebAdmin shows them. */
    JsonNode read(String key) throws Exception {
        return JSON.readTree(council.webAdmin("GET", MAILS + "/" + TestCouncil.repository(key) + "?additionalFields=headers"));
    }

    /** Waits for a letter from the sender to the recipient to be held, and returns its repository key. */
    String awaitHeld(String sender, String recipient) {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            for (String key : keys()) {
                JsonNode mail = JSON.readTree(council.webAdmin("GET", MAILS + "/" + TestCouncil.repository(key)));
                if (!mail.get("sender").asText().equals(sender)) {
                    continue;
                }
                for (JsonNode to : mail.get("recipients")) {
                    if (to.asText().equals(recipient)) {
                        return key;
                    }
                }
            }
            return null;
        }, key -> key != null);
    }

    /** Releases a held letter: it continues to its recipients. */
    void release(String key) throws Exception {
        reprocess(key, "transport");
    }

    /** Returns a held letter to its sender, undelivered, with the Monitoring Officer's explanation. */
    void returnToSender(String key) throws Exception {
        reprocess(key, "council-returned");
    }

    private void reprocess(String key, String processor) throws Exception {
        JsonNode task = JSON.readTree(council.webAdmin("PATCH", MAILS + "/" + TestCouncil.repository(key)
            + "?action=reprocess&queue=spool&processor=" + processor));
        council.webAdmin("GET", "/tasks/" + task.get("taskId").asText() + "/await");
    }
}
