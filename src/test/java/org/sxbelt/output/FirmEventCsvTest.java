package org.sxbelt.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sxbelt.agents.ExitReason;
import org.sxbelt.model.FirmEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FirmEventCsvTest {

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerEventWithQuotingWhenNeeded() throws IOException {
        Path target = dir.resolve("firm_events.csv");
        try (FirmEventCsv csv = new FirmEventCsv(target)) {
            csv.firmEvent(new FirmEvent(0, 1, FirmEvent.Type.ENTRY, "garment", "Jiangsu", "shufu", null, 1, 180, null,
                    null));
            csv.firmEvent(new FirmEvent(13, 1, FirmEvent.Type.SATELLITE, "garment", "Jiangsu", "shufu", "v17", 1, 40, null,
                    "satellite of firm 1, \"hq\""));
            csv.firmEvent(new FirmEvent(48, 1, FirmEvent.Type.EXIT, "garment", "Jiangsu", "shufu", null, 3, 0,
                    ExitReason.LOSSES_AFTER_SUPPORT, ""));
            csv.firmEvent(new FirmEvent(50, 2, FirmEvent.Type.RELOCATION, "electronics", "local", "kashgar", null, 1, 25,
                    null, "line1\nline2"));
            assertFalse(Files.exists(target));
            assertEquals(4, csv.rows());
        }
        String text = Files.readString(target);
        assertEquals(String.join("\n",
                "month,firm_id,event,industry,origin,town,village,firms,jobs,reason",
                "2015-01,1,entry,garment,Jiangsu,shufu,,1,180,",
                "2016-02,1,satellite,garment,Jiangsu,shufu,v17,1,40,\"satellite of firm 1, \"\"hq\"\"\"",
                "2019-01,1,exit,garment,Jiangsu,shufu,,3,0,losses after support ended",
                "2019-03,2,relocation,electronics,local,kashgar,,1,25,\"line1\nline2\"") + "\n", text);
        try (var s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList());
        }
    }

    @Test
    void headerOnlyWhenNoEvents() throws IOException {
        Path target = dir.resolve("firm_events.csv");
        new FirmEventCsv(target).close();
        assertEquals(FirmEventCsv.HEADER + "\n", Files.readString(target));
    }
}
