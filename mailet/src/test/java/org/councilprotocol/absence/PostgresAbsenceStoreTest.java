package org.councilprotocol.absence;

import org.councilprotocol.store.StateStore;
import org.councilprotocol.store.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The absence store on PostgreSQL, which several James nodes share: each test in a schema of its own.
 * Skipped when PostgreSQL cannot be reached, except on CI ({@code CI=true}), where that fails.
 */
class PostgresAbsenceStoreTest extends AbsenceStoreContract {
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
            schema = postgres.newSchema("council_abs_");
        }
        return postgres.open(schema);
    }

    @Override
    protected void cleanUp() {
        if (schema != null) {
            postgres.dropSchema(schema);
            schema = null;
        }
    }
}
