package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import org.sxbelt.params.Param;
import org.sxbelt.params.ParamSchema;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sxbelt params}: every parameter of {@link ParamSchema} with its key, unit, default (as a
 * scenario file spells it), allowed values, meaning and source. By default one short block per
 * parameter that fits in {@value #WIDTH} columns; with {@code --wide} one aligned line per parameter (as
 * wide as the longest texts); with {@code --markdown} a Markdown table, the one pasted into section 9
 * of {@code docs/ODD.md}.
 */
@Parameters(commandNames = "params", commandDescription = "List every model parameter: key, unit, default, "
        + "allowed values, meaning and source of the default. Any of them can be set in a scenario file's "
        + "[params] table or with run --set key=value.")
public final class ParamsCommand implements Command {

    /** Column titles, in output order. */
    static final List<String> COLUMNS = List.of("key", "unit", "default", "allowed", "meaning", "source");

    /** The width of the default listing, in characters. */
    static final int WIDTH = 100;

    @Parameter(names = "--markdown", description = "Print a Markdown table (as in docs/ODD.md section 9) "
            + "instead of plain text.")
    @OptionHelp(byDefault = "off (plain text)")
    boolean markdown;

    @Parameter(names = "--wide", description = "One aligned line per parameter with every column (several "
            + "hundred characters wide) instead of a block per parameter.")
    @OptionHelp(byDefault = "off (a block per parameter, at most " + WIDTH + " columns)")
    boolean wide;

    @Override
    public int call(PrintStream out, PrintStream err) {
        if (markdown && wide) throw new CliException("give --markdown or --wide, not both");
        List<List<String>> rows = rows();
        out.print(markdown ? markdown(rows) : wide ? plain(rows) : blocks(rows));
        return Main.OK;
    }

    /**
     * One block per parameter, no line over {@link #WIDTH} characters: {@code key = default (unit)},
     * then the meaning, the allowed values and the source, indented and wrapped.
     */
    static String blocks(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        for (String l : TextTable.wrap(rows.size() + " parameters; set any in a scenario file's [params] table or "
                + "with run --set key=value. params --wide: one line each; params --markdown: the table of "
                + "docs/ODD.md section 9.", "", WIDTH)) sb.append(l).append('\n');
        String indent = "    ";
        for (List<String> r : rows) {
            sb.append('\n');
            String head = r.get(0) + " = " + r.get(2) + (r.get(1).isBlank() ? "" : " (" + r.get(1) + ")");
            for (String l : TextTable.wrap(head, "", WIDTH)) sb.append(l).append('\n');
            for (String l : TextTable.wrap(r.get(4), indent, WIDTH)) sb.append(l).append('\n');
            for (String l : TextTable.wrap("Allowed: " + r.get(3) + ".", indent, WIDTH)) sb.append(l).append('\n');
            if (!r.get(5).isBlank()) {
                for (String l : TextTable.wrap("Source: " + r.get(5), indent, WIDTH)) sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    /** One row of cells per parameter, in schema order. */
    static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Param p : ParamSchema.all()) {
            rows.add(List.of(p.key(), p.unit(), p.format(p.defaultValue()), p.allowed(), p.description(),
                    p.source()));
        }
        return rows;
    }

    /** A Markdown table: key in backticks, '|' escaped, one line per parameter. */
    static String markdown(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", COLUMNS)).append(" |\n");
        sb.append("|").append("---|".repeat(COLUMNS.size())).append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (int c = 0; c < row.size(); c++) {
                String cell = cell(row.get(c));
                if (c == 0) cell = "`" + cell + "`";
                sb.append(' ').append(cell).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** {@code --wide}: aligned columns with a header and a rule (see {@link TextTable}). */
    static String plain(List<List<String>> rows) {
        return TextTable.render(COLUMNS, rows);
    }


    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
