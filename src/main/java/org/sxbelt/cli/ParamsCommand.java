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
 * scenario file spells it), allowed values, meaning and source. Plain aligned text by default; with
 * {@code --markdown} a Markdown table, the one pasted into section 9 of {@code docs/ODD.md}.
 */
@Parameters(commandNames = "params", commandDescription = "List every model parameter: key, unit, default, "
        + "allowed values, meaning and source of the default. Any of them can be set in a scenario file's "
        + "[params] table or with run --set key=value.")
public final class ParamsCommand implements Command {

    /** Column titles, in output order. */
    static final List<String> COLUMNS = List.of("key", "unit", "default", "allowed", "meaning", "source");

    @Parameter(names = "--markdown", description = "Print a Markdown table (as in docs/ODD.md section 9) "
            + "instead of aligned plain text.")
    @OptionHelp(byDefault = "off (aligned plain text)")
    boolean markdown;

    @Override
    public int call(PrintStream out, PrintStream err) {
        List<List<String>> rows = rows();
        out.print(markdown ? markdown(rows) : plain(rows));
        return Main.OK;
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

    /** Aligned columns with a header and a rule (see {@link TextTable}). */
    static String plain(List<List<String>> rows) {
        return TextTable.render(COLUMNS, rows);
    }


    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
