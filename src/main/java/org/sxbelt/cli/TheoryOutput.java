package org.sxbelt.cli;

import com.beust.jcommander.Parameter;
import org.sxbelt.experiment.theory.TheoryLine;
import org.sxbelt.experiment.theory.TheoryResult;
import org.sxbelt.params.NumberText;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --csv}, and how every {@code theory} command prints its result: the inputs as run, then one line
 * per quantity with the model's value, the closed form, the allowed deviation and pass or fail; with
 * {@code --csv}, only the rows {@code quantity,model,closed_form,tolerance,pass}. The exit status is 0 when
 * every line passes and {@link Main#CHECK_FAILED} otherwise.
 */
final class TheoryOutput extends OptionGroup<TheoryOutput> {

    static final String CSV_HEADER = "quantity,model,closed_form,tolerance,pass";

    @Parameter(names = "--csv", description = "Print only the CSV rows quantity,model,closed_form,tolerance,pass "
            + "(tolerance: the largest deviation that passes).")
    @OptionHelp(byDefault = "off (a readable table with the inputs as run)")
    boolean csv;

    int print(TheoryResult r, PrintStream out) {
        if (csv) {
            out.println(CSV_HEADER);
            for (TheoryLine l : r.lines()) {
                out.println(String.join(",", l.quantity(), NumberText.data(l.model()), NumberText.data(l.closedForm()),
                        NumberText.data(l.tolerance()), Boolean.toString(l.pass())));
            }
        } else {
            StringBuilder in = new StringBuilder();
            for (Map.Entry<String, String> e : r.inputs().entrySet()) {
                if (in.length() > 0) in.append(", ");
                in.append(e.getKey()).append(' ').append(e.getValue());
            }
            out.println("theory " + r.setting() + ": " + in);
            List<List<String>> rows = new ArrayList<>();
            for (TheoryLine l : r.lines()) {
                rows.add(List.of(l.quantity(), NumberText.forPeople(l.model()), NumberText.forPeople(l.closedForm()),
                        "± " + NumberText.forPeople(l.tolerance()), l.pass() ? "pass" : "FAIL"));
            }
            out.print(TextTable.render(List.of("quantity", "model", "closed form", "tolerance", "result"), rows));
            long failed = r.lines().stream().filter(l -> !l.pass()).count();
            int n = r.lines().size();
            out.println(failed == 0 ? (n == 1 ? "the line passes" : "all " + n + " lines pass")
                    : failed + " of " + n + (n == 1 ? " line FAILS" : " lines FAIL"));
        }
        return r.passed() ? Main.OK : Main.CHECK_FAILED;
    }
}
