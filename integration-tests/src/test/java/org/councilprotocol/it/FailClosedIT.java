package org.councilprotocol.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilprotocol.it.TestCouncil.ANN;
import static org.councilprotocol.it.TestCouncil.BOB;
import static org.awaitility.Awaitility.await;
import static org.councilprotocol.it.TestCouncil.message;
import static org.councilprotocol.it.TestCouncil.withSubject;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Under {@code on-error: fail-closed}, mail the gateway fails on is kept for IT, not delivered and not lost. */
class FailClosedIT {

    @TempDir
    static Path work;
    static TestCouncil council;

    @BeforeAll
    static void start() throws Exception {
        council = TestCouncil.start(work, "tripwire-closed");
    }

    @AfterAll
    static void stop() {
        council.close();
    }

    @Test
    void aFailureKeepsTheMailInTheErrorRepositoryWithTheErrorHeader() throws Exception {
        council.submitAs(ANN, message(ANN, BOB, "Agenda item [tripwire:fail]", "Bob, can we add an item?"));

        String mails = "/mailRepositories/" + TestCouncil.repository("var/mail/council-error") + "/mails";
        ObjectMapper json = new ObjectMapper();
        List<String> keys = await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
            .until(() -> json.readValue(council.webAdmin("GET", mails), new TypeReference<List<String>>() { }),
                list -> list.size() == 1);
        String kept = council.webAdmin("GET", mails + "/" + TestCouncil.repository(keys.get(0)) + "?additionalFields=headers");
        assertThat(kept).contains("X-Council-Protocol-Error").contains("tripwire rule failed on purpose");
        assertThat(withSubject(council.inbox(BOB), "Agenda item")).isEmpty();

        council.submitAs(ANN, message(ANN, BOB, "Agenda item two", "An ordinary message still goes through."));
        FoundationIT.eventually().one(() -> withSubject(council.inbox(BOB), "Agenda item two"));
    }
}
