package org.councilprotocol.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import javax.mail.internet.MimeMessage;

/** Waits (with Awaitility, never a sleep) until exactly one matching message has arrived. */
final class ConditionWait {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    MimeMessage one(Callable<List<MimeMessage>> messages) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
            .until(messages, list -> list.size() == 1).get(0);
    }
}
