package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatusGroupsTest {

    @Test
    void everyLivingPersonIsInTheGroupOfItsStatusInSlotOrderAndTheDeadInNone() {
        Persons ps = new Persons(16);
        Random r = new Random(7);
        Status[] all = Status.values();
        for (int i = 0; i < 5000; i++) ps.add(i % 97, 0, 30, r.nextBoolean(), all[r.nextInt(all.length)]);
        for (int i = 0; i < 5000; i += 13) ps.remove(i);
        StatusGroups g = new StatusGroups().fill(ps, 100, 4100);
        int grouped = 0;
        for (Status s : all) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 100; i < 4100; i++) if (ps.isAlive(i) && ps.status(i) == s) expected.add(i);
            List<Integer> got = new ArrayList<>();
            for (int k = 0; k < g.size(s); k++) got.add(g.of(s)[k]);
            assertEquals(expected, got, s.id());
            grouped += got.size();
        }
        int alive = 0;
        for (int i = 100; i < 4100; i++) if (ps.isAlive(i)) alive++;
        assertEquals(alive, grouped);
        // refilled with another range: nothing of the first fill is left
        g.fill(ps, 0, 10);
        int n = 0;
        for (Status s : all) n += g.size(s);
        assertEquals(9, n); // slot 0 is dead
    }
}
