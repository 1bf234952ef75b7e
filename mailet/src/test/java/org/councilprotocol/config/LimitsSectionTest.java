package org.councilprotocol.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.councilprotocol.config.DirectoryLoaderTest.markedLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.councilprotocol.text.ExtractionLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile's {@code limits}: optional, defaulted key by key, inherited through {@code extends}, checked with file and line. */
class LimitsSectionTest {
    @TempDir
    Path folder;

    private Path profile(String name, String yaml) throws IOException {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Path file = profiles.resolve(name + ".yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private Profile load(String name) {
        return new ProfileLoader(folder, Set.of()).load(name);
    }

    private static String northbrook(String limits) {
        return """
            profile: northbrook
            extends: thanet
            council: Northbrook District Council
            """ + limits;
    }

    @Test
    void theShippedProfilesUseTheDefaults() {
        for (String name : List.of("dartford", "dudley", "thanet", "derbyshire", "knutsford")) {
            assertThat(load(name).limits()).as(name).isEqualTo(ExtractionLimits.DEFAULTS);
        }
        assertThat(ExtractionLimits.DEFAULTS).isEqualTo(new ExtractionLimits(25L * 1024 * 1024, 2_000_000, Duration.ofSeconds(10), 10));
    }

    @Test
    void everyLimitCanBeSetInTheWordsPeopleUse() throws IOException {
        profile("northbrook", northbrook("""
            limits:
              attachment-size: 40 MB
              characters-per-message: 3_000_000
              time-per-message: 1500 ms
              nesting-depth: 6
            """));

        assertThat(load("northbrook").limits()).isEqualTo(new ExtractionLimits(40L * 1024 * 1024, 3_000_000, Duration.ofMillis(1500), 6));
    }

    @Test
    void anAbsentKeyKeepsItsDefaultAndAChildOverridesItsParentKeyByKey() throws IOException {
        profile("northbrook", northbrook("""
            limits:
              attachment-size: 512 KB
              time-per-message: 20 seconds
            """));
        profile("northbrook-strict", """
            profile: northbrook-strict
            extends: northbrook
            council: Northbrook District Council
            limits:
              time-per-message: 2 s
            """);

        ExtractionLimits limits = load("northbrook-strict").limits();

        assertThat(limits.attachmentBytes()).isEqualTo(512 * 1024);
        assertThat(limits.time()).isEqualTo(Duration.ofSeconds(2));
        assertThat(limits.characters()).isEqualTo(ExtractionLimits.DEFAULTS.characters());
        assertThat(limits.depth()).isEqualTo(ExtractionLimits.DEFAULTS.depth());
        assertThat(limits.attachmentSize()).isEqualTo("512 KB");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "attachment-size: 25 megabytes   # HERE | attachment-size must be a size such as 25 MB",
        "attachment-size: 100 bytes      # HERE | attachment-size must be between 1 KB and 512 MB",
        "attachment-size: 2 GB           # HERE | attachment-size must be between 1 KB and 512 MB",
        "characters-per-message: lots    # HERE | characters-per-message must be a whole number",
        "characters-per-message: 10      # HERE | characters-per-message must be between 1000 and 50000000",
        "time-per-message: 10            # HERE | time-per-message must be a time such as 10 s or 800 ms",
        "time-per-message: 10 ms         # HERE | time-per-message must be between 100 ms and 5 min",
        "time-per-message: 2 hours       # HERE | time-per-message must be a time such as 10 s",
        "nesting-depth: 0                # HERE | nesting-depth must be between 1 and 50, not 0",
        "nesting-depth: deep             # HERE | 'nesting-depth' must be a whole number, not 'deep'",
        "attachment-bytes: 25 MB         # HERE | unknown key 'attachment-bytes' in limits (allowed: attachment-size,"})
    void aMistakeNamesTheFileAndLine(String entry, String problem) throws IOException {
        String yaml = northbrook("limits:\n  " + entry + "\n");
        Path file = profile("northbrook", yaml);

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> load("northbrook"));

        assertThat(error).as("loading should fail").isNotNull();
        assertThat(error.getMessage()).startsWith(file + ":" + markedLine(yaml) + ": ");
        assertThat(error.problem()).contains(problem);
    }

    @Test
    void limitsMustBeAMapping() throws IOException {
        String yaml = northbrook("limits: 25 MB   # HERE\n");
        Path file = profile("northbrook", yaml);

        ConfigException error = catchThrowableOfType(ConfigException.class, () -> load("northbrook"));

        assertThat(error.getMessage()).startsWith(file + ":" + markedLine(yaml) + ": ")
            .contains("limits must be a mapping of keys to values");
    }
}
