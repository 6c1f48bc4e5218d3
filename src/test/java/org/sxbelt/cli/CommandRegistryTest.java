package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dispatch and error classes with test-only commands: how a new command plugs in. */
class CommandRegistryTest {

    @Parameters(commandNames = "boom", commandDescription = "Fails with a bug. Second sentence.")
    static final class Boom implements Command {
        @Parameter(names = "--count", description = "How many.")
        @OptionHelp(arg = "<int>", byDefault = "1")
        int count = 1;

        @Override
        public int call(PrintStream out, PrintStream err) {
            if (count == 2) throw new CliException("--count = 2 is unlucky");
            throw new IllegalStateException("bug #" + count);
        }
    }

    @Parameters(commandNames = "hello", commandDescription = "Says hello.")
    static final class Hello implements Command {
        @Override
        public int call(PrintStream out, PrintStream err) {
            out.println("hello");
            return 0;
        }
    }

    private static final List<Supplier<Command>> REGISTRY = List.of(RunCommand::new, Boom::new, Hello::new);

    private static MainTest.Result exec(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.execute(REGISTRY, o, e, args);
        }
        return new MainTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void registeredCommandsRunAndAppearInHelp() {
        MainTest.Result r = exec("hello");
        assertEquals(0, r.code());
        assertEquals("hello\n", r.out().replace("\r\n", "\n"));
        String overview = exec("help").out();
        assertTrue(overview.contains("  boom ") && overview.contains("Fails with a bug.")
                && !overview.contains("Second sentence"), overview);
        assertTrue(overview.contains("  hello "), overview);
        assertTrue(exec("boom", "--help").out().contains("--count <int>"));
    }

    @Test
    void internalErrorsExitOneWithAStackTrace() {
        MainTest.Result r = exec("boom");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("internal error: java.lang.IllegalStateException: bug #1"), r.err());
        assertTrue(r.err().contains("\tat "), "stack trace expected");
    }

    @Test
    void userErrorsFromCommandsExitTwo() {
        assertEquals("error: --count = 2 is unlucky", exec("boom", "--count", "2").userError());
        String line = exec("boom", "--count", "many").userError();
        assertTrue(line.contains("--count") && line.contains("many"), line);
    }
}
