package org.councilprotocol.enquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enquiry store on H2, the single-node default: a real database file, so a restart really reopens it. */
class H2EnquiryStoreTest extends EnquiryStoreContract {
    @TempDir
    Path folder;

    @Override
    protected StateStore openNode() {
        return StateStore.open("jdbc:h2:file:" + folder.resolve("state").toAbsolutePath(), "sa", "");
    }

    @Override
    protected void cleanUp() {
        // The temporary folder goes with the test.
    }

    @Test
    void theMigrationCreatesTheEnquiryTablesAndDbSchedulersTable() throws Exception {
        try (var connection = state.dataSource().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                 + "WHERE LOWER(TABLE_NAME) IN ('council_enquiry', 'council_enquiry_counter', 'council_enquiry_reply', "
                 + "'council_reminder_sent', 'council_digest_sent', 'council_scheduled_tasks')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(6);
        }
    }
}
