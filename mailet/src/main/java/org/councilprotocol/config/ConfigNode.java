package org.councilprotocol.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers the file and line it came from, so every validation error can name
 * them. Mappings are read strictly: a key nobody asked for is an error, not a silent no-op.
 */
public final class ConfigNode {
    private final String file;
    private final Node node;
    private final Map<String, ConfigNode> entries;
    private final Map<String, Integer> keyLines;

    private ConfigNode(String file, Node node, Map<String, ConfigNode> entries, Map<String, Integer> keyLines) {
        this.file = file;
        this.node = node;
        this.entries = entries;
        this.keyLines = keyLines;
    }

    public static ConfigNode load(Path path) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), reader);
        } catch (IOException e) {
            throw new ConfigException(path.toString(), 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    public static ConfigNode parse(String file, String text) {
        return parse(file, new StringReader(text));
    }

    public static ConfigNode parse(String file, Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(file, line, "is not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new ConfigException(file, 0, "is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new ConfigException(file, 0, "is empty");
        }
        return wrap(file, root);
    }

    private static ConfigNode wrap(String file, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            return new ConfigNode(file, node, Map.of(), Map.of());
        }
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(file, line(tuple.getKeyNode()), "keys must be plain words");
            }
            if (entries.containsKey(key.getValue())) {
                throw new ConfigException(file, line(key), "'" + key.getValue() + "' is given twice");
            }
            entries.put(key.getValue(), wrap(file, tuple.getValueNode()));
            keyLines.put(key.getValue(), line(key));
        }
        return new ConfigNode(file, node, entries, keyLines);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line(node);
    }

    public ConfigException error(String problem) {
        return new ConfigException(file, line(), problem);
    }

    // ---- mappings

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** This node as a mapping whose keys must all be among {@code allowed}. */
    public ConfigNode mapping(String what, Collection<String> allowed) {
        if (!isMapping()) {
            throw error(what + " must be a mapping of keys to values");
        }
        for (Map.Entry<String, ConfigNode> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw new ConfigException(entry.getValue().file, keyLine(entry.getKey()), "unknown key '" + entry.getKey()
                    + "' in " + what + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    /** The line of a key, which for a nested mapping is above its value's first line. */
    public int keyLine(String key) {
        return keyLines.getOrDefault(key, line());
    }

    public Map<String, ConfigNode> entries() {
        return entries;
    }

    public Optional<ConfigNode> get(String key) {
        ConfigNode value = entries.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public ConfigNode require(String key) {
        return get(key).orElseThrow(() -> error("'" + key + "' is required here"));
    }

    public String string(String key) {
        return require(key).scalar(key);
    }

    public Optional<String> optionalString(String key) {
        return get(key).map(value -> value.scalar(key));
    }

    public List<String> stringList(String key) {
        return get(key).map(value -> value.list(key, item -> item.scalar(key))).orElse(List.of());
    }

    public Optional<LocalDate> optionalDate(String key) {
        return get(key).map(value -> value.asDate(key));
    }

    public LocalDate date(String key) {
        return require(key).asDate(key);
    }

    public Optional<Integer> optionalInt(String key) {
        return get(key).map(value -> value.integer(key));
    }

    public Optional<Boolean> optionalBoolean(String key) {
        return get(key).map(value -> {
            String text = value.scalar(key);
            return switch (text) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw value.error("'" + key + "' must be true or false, not '" + text + "'");
            };
        });
    }

    // ---- scalars and sequences

    public boolean isNull() {
        return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
    }

    public String scalar(String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("'" + what + "' must be a single value");
        }
        return scalar.getValue().strip();
    }

    public LocalDate asDate(String what) {
        String text = scalar(what);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error("'" + what + "' must be a date written YYYY-MM-DD, not '" + text + "'");
        }
    }

    public int integer(String what) {
        String text = scalar(what);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw error("'" + what + "' must be a whole number, not '" + text + "'");
        }
    }

    public <T> List<T> list(String what, Function<ConfigNode, T> item) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("'" + what + "' must be a list");
        }
        List<T> items = new ArrayList<>();
        for (Node child : sequence.getValue()) {
            items.add(item.apply(wrap(file, child)));
        }
        return items;
    }

    /**
     * This mapping with {@code child}'s keys laid over it: nested mappings merge key by key,
     * anything else is replaced. Each node keeps the file and line it came from.
     */
    public ConfigNode overlaidWith(ConfigNode child) {
        if (!isMapping() || !child.isMapping()) {
            return child;
        }
        Map<String, ConfigNode> merged = new LinkedHashMap<>(entries);
        Map<String, Integer> lines = new LinkedHashMap<>(keyLines);
        child.entries.forEach((key, value) -> merged.merge(key, value, ConfigNode::overlaidWith));
        lines.putAll(child.keyLines);
        return new ConfigNode(child.file, child.node, merged, lines);
    }
}
