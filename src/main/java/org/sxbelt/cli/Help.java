package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.beust.jcommander.ParametersDelegate;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** Help text for the command overview and for each command, built from the options' annotations. */
final class Help {

    static final String PROGRAM = "sxbelt";
    private static final int WIDTH = 92;
    private static final String INDENT = "      ";

    private Help() {}

    /** {@code sxbelt help}: what the tool is and which commands it has. */
    static String overview(String version, List<Command> commands) {
        StringBuilder sb = new StringBuilder();
        sb.append(PROGRAM).append(' ').append(version)
                .append(": agent-based model of labour transfer and industrial clustering in the\n")
                .append("Southern Xinjiang small-town economic belt.\n\n");
        sb.append("Usage: ").append(PROGRAM).append(" <command> [options]\n\n");
        sb.append("Commands:\n");
        int width = 4;
        for (Command c : commands) width = Math.max(width, name(c).length());
        for (Command c : commands) {
            String n = name(c);
            sb.append("  ").append(n).append(" ".repeat(width - n.length() + 3));
            sb.append(wrap(firstSentence(description(c)), 2 + width + 3).stripLeading()).append('\n');
        }
        sb.append("  ").append("help").append(" ".repeat(width - 4 + 3)).append("Show this overview, or 'help <command>' for a command's options.\n");
        sb.append("\nRun '").append(PROGRAM).append(" <command> --help' to see a command's options and their defaults.\n");
        sb.append("Exit status: 0 success, 2 usage or input error (one 'error: ...' line on stderr), 1 internal error.\n");
        return sb.toString();
    }

    /** {@code sxbelt <command> --help}: every option with its value form, meaning and default. */
    static String command(Command c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: ").append(PROGRAM).append(' ').append(name(c)).append(" [options]\n\n");
        sb.append(wrap(description(c), 0)).append("\n\n");
        sb.append("Options:\n");
        for (Option o : options(c)) {
            sb.append("  ").append(o.names());
            if (!o.arg().isEmpty()) sb.append(' ').append(o.arg());
            sb.append('\n');
            if (!o.description().isEmpty()) sb.append(wrap(o.description(), INDENT.length())).append('\n');
            if (!o.byDefault().isEmpty()) sb.append(wrap("Default: " + o.byDefault(), INDENT.length())).append('\n');
        }
        sb.append("  -h, --help\n").append(INDENT).append("Show this help and exit.\n");
        return sb.toString();
    }

    /** One documented option of a command. */
    record Option(String names, String arg, String description, String byDefault) {}

    /** The command's options in declaration order (hidden ones left out), those of option groups in place. */
    static List<Option> options(Command c) {
        return options((Object) c);
    }

    private static List<Option> options(Object holder) {
        List<Option> list = new ArrayList<>();
        for (Class<?> k = holder.getClass(); k != null && k != Object.class; k = k.getSuperclass()) {
            List<Option> own = new ArrayList<>();
            for (Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(ParametersDelegate.class)) {
                    own.addAll(options(delegate(holder, f)));
                    continue;
                }
                Parameter p = f.getAnnotation(Parameter.class);
                if (p == null || p.hidden() || p.names().length == 0) continue;
                OptionHelp h = f.getAnnotation(OptionHelp.class);
                Option o = new Option(String.join(", ", p.names()), h == null ? "" : h.arg(), p.description(),
                        h == null ? "" : h.byDefault());
                OptionGroup.Wording w = holder instanceof OptionGroup<?> g ? g.wording(p.names()[0]) : null;
                own.add(w == null ? o : new Option(o.names(), o.arg(), w.description(), w.byDefault()));
            }
            list.addAll(0, own);
        }
        return list;
    }

    private static Object delegate(Object holder, Field f) {
        try {
            f.setAccessible(true);
            return f.get(holder);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read option group " + f, e);
        }
    }

    static String name(Command c) {
        Parameters p = c.getClass().getAnnotation(Parameters.class);
        if (p == null || p.commandNames().length == 0) {
            throw new IllegalStateException(c.getClass().getName() + " lacks @Parameters(commandNames = ...)");
        }
        return p.commandNames()[0];
    }

    static String description(Command c) {
        Parameters p = c.getClass().getAnnotation(Parameters.class);
        return p == null ? "" : p.commandDescription();
    }

    /** The summary shown in the overview: the description up to the first full stop followed by a space. */
    static String firstSentence(String description) {
        int end = description.indexOf(". ");
        return end < 0 ? description : description.substring(0, end + 1);
    }

    /** Word-wraps {@code text} to the help width, every line indented by {@code indent} spaces. */
    static String wrap(String text, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder sb = new StringBuilder();
        StringBuilder line = new StringBuilder(pad);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
                sb.append(line).append('\n');
                line.setLength(0);
                line.append(pad);
            }
            if (line.length() > indent) line.append(' ');
            line.append(word);
        }
        sb.append(line);
        return sb.toString();
    }
}
