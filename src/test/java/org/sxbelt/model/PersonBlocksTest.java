package org.sxbelt.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PersonBlocksTest {

    @Test
    void blocksCoverTheSlotsExactlyOnce() {
        int slots = 3 * PersonBlocks.SIZE + 5;
        assertEquals(4, PersonBlocks.count(slots));
        assertEquals(0, PersonBlocks.count(0));
        assertEquals(slots, PersonBlocks.end(3, slots));
        assertEquals(PersonBlocks.SIZE, PersonBlocks.start(1));
        assertEquals(1, PersonBlocks.blockOf(PersonBlocks.SIZE));
        for (int threads : new int[]{1, 2, 5}) {
            try (PersonBlocks pb = new PersonBlocks(threads, 1)) {
                AtomicIntegerArray seen = new AtomicIntegerArray(40);
                pb.forEach(40, seen::incrementAndGet);
                for (int b = 0; b < 40; b++) assertEquals(1, seen.get(b), threads + " threads, block " + b);
            }
        }
    }

    @Test
    void aFailingBlockFailsThePass() {
        try (PersonBlocks pb = new PersonBlocks(2, 1)) {
            assertThrows(IllegalStateException.class, () -> pb.forEach(8, b -> {
                if (b == 5) throw new IllegalStateException("block 5");
            }));
        }
    }

    @Test
    void streamsDependOnSeedMonthPassAndBlockOnly() {
        try (PersonBlocks a = new PersonBlocks(1, 7); PersonBlocks b = new PersonBlocks(3, 7);
             PersonBlocks c = new PersonBlocks(1, 8)) {
            double x = a.reseed(new MersenneTwisterFast(), 4, 1, 2).nextDouble();
            assertEquals(x, b.reseed(new MersenneTwisterFast(99), 4, 1, 2).nextDouble());
            assertNotEquals(x, a.reseed(new MersenneTwisterFast(), 4, 1, 3).nextDouble());
            assertNotEquals(x, a.reseed(new MersenneTwisterFast(), 5, 1, 2).nextDouble());
            assertNotEquals(x, a.reseed(new MersenneTwisterFast(), 4, 2, 2).nextDouble());
            assertNotEquals(x, c.reseed(new MersenneTwisterFast(), 4, 1, 2).nextDouble());
        }
    }
}
