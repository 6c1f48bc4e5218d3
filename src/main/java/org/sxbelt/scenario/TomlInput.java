package org.sxbelt.scenario;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Bounded reading and parsing of the TOML files a user gives (scenario and experiment files), so that
 * hostile input ends in one line naming the file (issue 16 item 7): at most {@link #MAX_BYTES} bytes are
 * read (a larger file, or {@code /dev/zero}, is rejected after reading {@code MAX_BYTES + 1}); the text
 * must be UTF-8 and a leading byte-order mark is dropped; arrays and tables may nest at most
 * {@link #MAX_DEPTH} deep. The depth of brackets and braces is checked before parsing, because the parser
 * (tomlj, an ANTLR grammar) recurses on them and overflows the stack at about 2,000 levels; dotted keys
 * and table headers, which it reads without recursion, are checked on the parsed tables.
 */
public final class TomlInput {

    /** Largest file accepted: 1 MB (the largest built-in scenario is a few kB). */
    public static final int MAX_BYTES = 1 << 20;
    /** Deepest nesting of arrays and tables accepted. */
    public static final int MAX_DEPTH = 64;

    private TomlInput() {}

    /**
     * The file's text: at most {@link #MAX_BYTES} bytes of UTF-8, without a leading byte-order mark.
     *
     * @param what  "scenario file" or "experiment file", for messages
     * @param error makes the caller's one-line exception from a message (which starts with the file)
     */
    public static String read(Path file, String what, Function<String, RuntimeException> error) {
        String label = file.toString();
        if (Files.isDirectory(file)) throw error.apply(label + " is a folder, not a " + what);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw error.apply(label + ": no such file");
        } catch (IOException e) {
            throw error.apply(label + ": cannot read: " + e.getMessage());
        }
        return text(bytes, label, what, error);
    }

    /** {@link #read}'s checks on bytes already read (at most {@code MAX_BYTES + 1} of them are looked at). */
    public static String text(byte[] bytes, String label, String what, Function<String, RuntimeException> error) {
        if (bytes.length > MAX_BYTES) {
            throw error.apply(label + ": larger than " + MAX_BYTES + " bytes (1 MB), the most a " + what
                    + " may hold");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw error.apply(label + ": not UTF-8 text (a " + what + " is TOML in UTF-8)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses TOML text after checking its nesting; null-free. Syntax errors are left in the result for
     * the caller to report with its own wording.
     */
    public static TomlParseResult parse(String text, String label, Function<String, RuntimeException> error) {
        int[] deepest = bracketDepth(text);
        if (deepest[0] > MAX_DEPTH) throw tooDeep(label, deepest[1], error);
        TomlParseResult toml = Toml.parse(text);
        if (toml.errors().isEmpty() && tableDepth(toml) > MAX_DEPTH) throw tooDeep(label, 0, error);
        return toml;
    }

    private static RuntimeException tooDeep(String label, int line, Function<String, RuntimeException> error) {
        return error.apply(label + (line > 0 ? " line " + line : "") + ": arrays or tables nested deeper than "
                + MAX_DEPTH + " levels");
    }

    /**
     * The deepest nesting of {@code [ ]} and <code>{ }</code> outside strings and comments, and the line
     * where it is first reached: {depth, line}. A table header {@code [[x]]} counts 2, harmlessly.
     */
    static int[] bracketDepth(String s) {
        int depth = 0, deepest = 0, deepestLine = 0, line = 1;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> line++;
                case '#' -> {
                    while (i + 1 < n && s.charAt(i + 1) != '\n') i++;
                }
                case '"', '\'' -> {
                    boolean multi = i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
                    boolean escapes = c == '"';
                    i += multi ? 3 : 1;
                    while (i < n) {
                        char d = s.charAt(i);
                        if (d == '\n') {
                            line++;
                            if (!multi) break; // an unterminated string: the parser reports it
                        }
                        if (escapes && d == '\\') {
                            i += 2;
                            continue;
                        }
                        if (d == c && (!multi || i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c)) {
                            if (multi) {
                                i += 2;
                                while (i + 1 < n && s.charAt(i + 1) == c) i++; // up to two quotes may end the content
                            }
                            break;
                        }
                        i++;
                    }
                }
                case '[', '{' -> {
                    if (++depth > deepest) {
                        deepest = depth;
                        deepestLine = line;
                    }
                }
                case ']', '}' -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
        return new int[] {deepest, deepestLine};
    }

    /** The deepest nesting of tables and arrays in parsed TOML (the top table is 0), without recursion. */
    static int tableDepth(TomlTable top) {
        Deque<Object> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(top);
        depths.push(0);
        int deepest = 0;
        while (!stack.isEmpty()) {
            Object o = stack.pop();
            int d = depths.pop();
            deepest = Math.max(deepest, d);
            if (d > MAX_DEPTH) return d;
            if (o instanceof TomlTable t) {
                for (String k : t.keySet()) {
                    Object v = t.get(List.of(k));
                    if (v instanceof TomlTable || v instanceof TomlArray) {
                        stack.push(v);
                        depths.push(d + 1);
                    }
                }
            } else if (o instanceof TomlArray a) {
                for (int i = 0; i < a.size(); i++) {
                    Object v = a.get(i);
                    if (v instanceof TomlTable || v instanceof TomlArray) {
                        stack.push(v);
                        depths.push(d + 1);
                    }
                }
            }
        }
        return deepest;
    }
}
