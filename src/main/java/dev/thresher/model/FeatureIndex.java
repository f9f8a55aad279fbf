package dev.thresher.model;

import java.util.Arrays;

/**
 * A model's feature names and their ids {@code 0..n-1}, both ways, in flat arrays: an
 * open-addressing table of ids with each slot's hash beside it, and the names by id.
 *
 * <p>Why not a {@code HashMap<String, Integer>}: looking up the features of every sentence is
 * the largest single cost of classification, and a map node, its boxed id and its key are three
 * scattered memory reads per lookup; here a miss is usually decided by one read of the hash
 * array, and the table takes about a third of the memory. Immutable and thread-safe.
 */
final class FeatureIndex {
    private static final int EMPTY = -1;

    private final String[] names;
    /** Per slot: the id of the name there, or {@link #EMPTY}. */
    private final int[] slots;
    /** Per slot: the hash of the name there. */
    private final int[] hashes;
    private final int mask;

    private FeatureIndex(String[] names) {
        this.names = names;
        int capacity = Integer.highestOneBit(Math.max(4, names.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        Arrays.fill(slots, EMPTY);
    }

    /**
     * The index of {@code names}, where a name's id is its position.
     *
     * @throws IllegalArgumentException if a name is null or repeated
     */
    static FeatureIndex of(String[] names) {
        FeatureIndex index = new FeatureIndex(names.clone());
        for (int id = 0; id < names.length; id++) {
            String name = names[id];
            if (name == null) {
                throw new IllegalArgumentException("no name for feature id " + id);
            }
            int h = name.hashCode();
            int slot = index.slot(name, h);
            if (index.slots[slot] != EMPTY) {
                throw new IllegalArgumentException("feature name repeated: " + name);
            }
            index.slots[slot] = id;
            index.hashes[slot] = h;
        }
        return index;
    }

    /** The slot holding {@code name}, or the empty slot where it would go. */
    private int slot(String name, int h) {
        int slot = (h ^ (h >>> 16)) & mask;
        while (true) {
            int id = slots[slot];
            if (id == EMPTY || hashes[slot] == h && names[id].equals(name)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The id of {@code name}, or -1 when it is not a feature of the model. */
    int id(String name) {
        int id = slots[slot(name, name.hashCode())];
        return id == EMPTY ? -1 : id;
    }

    /** The name of feature {@code id}. */
    String name(int id) {
        return names[id];
    }

    /** How many features there are. */
    int size() {
        return names.length;
    }
}
