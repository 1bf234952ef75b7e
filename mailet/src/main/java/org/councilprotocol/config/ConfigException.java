package org.councilprotocol.config;

/**
 * A configuration mistake, reported as {@code file:line: what is wrong} so that IT can go straight
 * to it. Line numbers are 1-based; 0 means the problem concerns the file as a whole.
 */
public class ConfigException extends RuntimeException {
    private final String file;
    private final int line;
    private final String problem;

    public ConfigException(String file, int line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public ConfigException(String file, int line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
