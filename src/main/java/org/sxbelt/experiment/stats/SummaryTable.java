package org.sxbelt.experiment.stats;

import org.sxbelt.params.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * Across replicates, for every design point × indicator × level × unit × month: n (replicates with a
 * numeric value), mean, sample sd and the Student-t 95% confidence interval of the mean.
 * {@link #csv(DesignFile)} is {@code summary.csv}:
 * {@code point,scenario,<factors>,month,level,unit,indicator,n,mean,sd,ci_low,ci_high}.
 */
public final class SummaryTable {

    public static final String FILE_NAME = "summary.csv";

    /** One cell of the summary. */
    public record Row(int point, String scenario, String month, String level, String unit, String indicator,
                      MeanCi stats) {}

    private final List<Row> rows;

    private SummaryTable(List<Row> rows) {
        this.rows = rows;
    }

    public static SummaryTable of(ResultsFile results) {
        List<Row> rows = new ArrayList<>();
        List<String> months = results.months();
        for (ResultsFile.Series s : results.series()) {
            String scenario = results.scenario(s.point());
            for (int m = 0; m < months.size(); m++) {
                rows.add(new Row(s.point(), scenario, months.get(m), s.level(), s.unit(), s.indicator(),
                        MeanCi.of(results.values(s, m))));
            }
        }
        return new SummaryTable(List.copyOf(rows));
    }

    public List<Row> rows() { return rows; }

    /** The summary as CSV, with the point's factor values from the design (empty when the point is not in it). */
    public String csv(DesignFile design) {
        StringBuilder sb = new StringBuilder();
        List<String> head = design.pointColumns();
        head.addAll(List.of("month", "level", "unit", "indicator", "n", "mean", "sd", "ci_low", "ci_high"));
        Csv.append(sb, head);
        for (Row r : rows) {
            List<String> f = design.pointFields(r.point(), r.scenario());
            f.add(r.month());
            f.add(r.level());
            f.add(r.unit());
            f.add(r.indicator());
            MeanCi c = r.stats();
            f.add(Integer.toString(c.n()));
            f.add(NumberText.data(c.mean()));
            f.add(NumberText.data(c.sd()));
            f.add(NumberText.data(c.ciLow()));
            f.add(NumberText.data(c.ciHigh()));
            Csv.append(sb, f);
        }
        return sb.toString();
    }
}
