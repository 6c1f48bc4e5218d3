package org.sxbelt.agents;

import java.util.Arrays;

/** A growable list of ints without boxing: firm workforces and job-seeker queues. */
public final class IntList implements java.io.Serializable {

    private int[] data;
    private int size;

    public IntList() { this(8); }

    public IntList(int capacity) { data = new int[Math.max(2, capacity)]; }

    public void add(int v) {
        if (size == data.length) data = Arrays.copyOf(data, size * 2);
        data[size++] = v;
    }

    public int get(int i) { return data[i]; }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    public void clear() { size = 0; }

    /** Removes the first occurrence of v by moving the last element into its place (order not kept). */
    public boolean removeValue(int v) {
        for (int i = 0; i < size; i++) {
            if (data[i] == v) {
                data[i] = data[--size];
                return true;
            }
        }
        return false;
    }

    /** Removes element i by moving the last element into its place. */
    public int removeAt(int i) {
        int v = data[i];
        data[i] = data[--size];
        return v;
    }

    public void set(int i, int v) { data[i] = v; }

    /** Keeps the first {@code n} elements. */
    public void truncate(int n) {
        if (n < 0 || n > size) throw new IndexOutOfBoundsException("truncate to " + n + " of " + size);
        size = n;
    }

    /** Sorts the values in ascending order. */
    public void sort() { Arrays.sort(data, 0, size); }

    public int[] toArray() { return Arrays.copyOf(data, size); }
}
