package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enquiry store on PostgreSQL, the database James nodes share: each test in a schema of its own,
 * dropped afterwards; every node of a test is a state store on that schema. Skipped when PostgreSQL
 * cannot be reached, except on CI ({@code CI=true}), where that fails.
 */
class PostgresEnquiryStoreTest extends EnquiryStoreContract {
    private static TestPostgres postgres;
    private String schema;

    @BeforeAll
    static void connect() {
        postgres = TestPostgres.connectOrSkip();
    }

    @AfterAll
    static void disconnect() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected StateStore openNode() {
        if (schema == null) {
            schema = postgres.newSchema("council_enq_");
        }
        return postgres.open(schema);
    }

    @Override
    protected void cleanUp() {
        if (schema != null) {
            postgres.dropSchema(schema);
        }
    }

    @Test
    void theTablesLiveInTheTestsOwnSchema() throws Exception {
        try (var connection = state.dataSource().getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
                 + "WHERE table_schema = ? AND table_name IN ('council_enquiry', 'council_enquiry_counter', "
                 + "'council_enquiry_reply', 'council_reminder_sent', 'council_digest_sent', 'council_scheduled_tasks')")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(6);
            }
        }
    }
}
