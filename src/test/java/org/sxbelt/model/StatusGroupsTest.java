package org.sxbelt.model;

import org.junit.jupiter.api.Test;
import org.sxbelt.agents.IntList;
import org.sxbelt.agents.Persons;
import org.sxbelt.agents.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusGroupsTest {

    @Test
    void everyLivingPersonIsInTheGroupOfItsStatusInSlotOrderAndTheDeadInNone() {
        Persons ps = new Persons(16);
        Random r = new Random(7);
        Status[] all = Status.values();
        for (int i = 0; i < 5000; i++) ps.add(i % 97, 0, 30, r.nextBoolean(), all[r.nextInt(all.length)]);
        for (int i = 0; i < 5000; i += 13) ps.remove(i);
        StatusGroups g = new StatusGroups();
        // even and odd lengths (the fill walks the two halves of the range side by side), one slot, none
        int[][] ranges = {{100, 4100}, {101, 4100}, {0, 4999}, {7, 8}, {5, 5}};
        for (int[] range : ranges) {
            g.fill(ps, range[0], range[1]);
            int grouped = 0;
            for (Status s : all) {
                List<Integer> expected = new ArrayList<>();
                for (int i = range[0]; i < range[1]; i++) if (ps.isAlive(i) && ps.status(i) == s) expected.add(i);
                List<Integer> got = new ArrayList<>();
                for (int k = 0; k < g.size(s); k++) got.add(g.of(s)[k]);
                assertEquals(expected, got, s.id() + " in " + Arrays.toString(range));
                grouped += got.size();
            }
            int alive = 0;
            for (int i = range[0]; i < range[1]; i++) if (ps.isAlive(i)) alive++;
            assertEquals(alive, grouped, Arrays.toString(range));
        }
        // refilled with another range: nothing of the first fill is left
        g.fill(ps, 0, 10);
        int n = 0;
        for (Status s : all) n += g.size(s);
        assertEquals(9, n); // slot 0 is dead
    }

    @Test
    void distinctSlotsOfTheBlockComeBackInSlotOrderShortOrLong() {
        Persons ps = new Persons(16);
        for (int i = 0; i < 3 * PersonBlocks.SIZE; i++) ps.add(0, 0, 30, false, Status.FARMING);
        StatusGroups g = new StatusGroups().fill(ps, PersonBlocks.start(1), PersonBlocks.end(1, ps.size()));
        Random r = new Random(3);
        for (int n : new int[]{0, 1, 10, 63, 64, 65, 5000, PersonBlocks.SIZE}) {
            int[] slots = new int[PersonBlocks.SIZE];
            for (int k = 0; k < slots.length; k++) slots[k] = PersonBlocks.start(1) + k;
            for (int k = slots.length - 1; k > 0; k--) { // shuffled, then the first n taken
                int j = r.nextInt(k + 1);
                int t = slots[k];
                slots[k] = slots[j];
                slots[j] = t;
            }
            IntList list = new IntList();
            for (int k = 0; k < n; k++) list.add(slots[k]);
            int[] expected = Arrays.copyOf(slots, n);
            Arrays.sort(expected);
            g.sortSlots(list);
            assertArrayEquals(expected, list.toArray(), n + " slots");
        }
        IntList twice = new IntList();
        for (int k = 0; k < 100; k++) twice.add(PersonBlocks.start(1) + k % 50);
        assertThrows(IllegalStateException.class, () -> g.sortSlots(twice));
    }
}
