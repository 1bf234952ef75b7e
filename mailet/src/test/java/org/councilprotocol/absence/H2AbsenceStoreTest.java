package org.councilprotocol.absence;

import java.nio.file.Path;

import org.councilprotocol.store.StateStore;
import org.junit.jupiter.api.io.TempDir;

/** The absence store on H2, the single-node default: a real database file. */
class H2AbsenceStoreTest extends AbsenceStoreContract {
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
}
