package org.councilprotocol.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.councilprotocol.model.Directory;

/** A council's configuration folder, read and checked: its directory and the profile in force. */
public record CouncilConfig(Path folder, Directory directory, Profile profile) {

    /**
     * @param profile a profile name overriding the directory's default
     * @param extensionRules rule names that extension detectors add
     */
    public static CouncilConfig load(Path folder, Optional<String> profile, Set<String> extensionRules) {
        Path directoryFile = folder.resolve("directory.yaml");
        if (!Files.isRegularFile(directoryFile)) {
            throw new ConfigException(directoryFile.toString(), 0, "not found: the config folder must hold directory.yaml");
        }
        Directory directory = DirectoryLoader.load(directoryFile);
        Profile loaded = new ProfileLoader(folder, extensionRules).load(profile.orElse(directory.defaultProfile()));
        return new CouncilConfig(folder, directory, loaded);
    }
}
