package org.councilprotocol.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.councilprotocol.model.ThreadContext;
import org.junit.jupiter.api.Test;

/** The thread store and audit log on H2, the default single-node database, in memory. */
class H2ThreadStoreTest extends ThreadStoreContract {
    private String url;

    @Override
    protected StateStore openStore() {
        url = "jdbc:h2:mem:council-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return StateStore.open(url, "sa", "");
    }

    @Test
    void reopeningTheSameDatabaseKeepsThreadsAndDoesNotMigrateTwice() {
        enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
        int history = count("SELECT COUNT(*) FROM \"council_schema_history\"");
        store.close();

        // James restarts: the schema is already there and the thread is remembered.
        store = StateStore.open(url, "sa", "");
        ThreadContext reply = store.threads().record(message("<reply@northbrook.gov.uk>",
            List.of("<enq-1@northbrook.gov.uk>"), "potholes on hill street", true, BOB, MONDAY.plusSeconds(60),
            author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));
        assertThat(reply.started()).isFalse();
        assertThat(reply.threadId()).isEqualTo("<enq-1@northbrook.gov.uk>");
        assertThat(count("SELECT COUNT(*) FROM \"council_schema_history\"")).isEqualTo(history);
        assertThat(count("SELECT COUNT(*) FROM \"council_schema_history\" WHERE \"version\" = '1'")).isEqualTo(1);
    }

    @Test
    void twoStoresOnOneDatabaseSeeEachOthersThreads() {
        // Two gateway instances sharing a database, as two James nodes share PostgreSQL.
        try (StateStore other = StateStore.open(url, "sa", "")) {
            enquiry("<enq-1@northbrook.gov.uk>", MONDAY);
            ThreadContext reply = other.threads().record(message("<reply@northbrook.gov.uk>",
                List.of("<enq-1@northbrook.gov.uk>"), "potholes on hill street", true, BOB, MONDAY.plusSeconds(60),
                author(BOB, "bob-jones"), to(ANN, "cllr-ann-smith")));
            assertThat(reply.started()).isFalse();
            assertThat(reply.earlierMessages()).isEqualTo(1);
        }
    }
}
