package org.spc4j.spark;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.spc4j.core.control.Subgroups;

/**
 * One characteristic's measurements in time order, gathered from a sorted Spark group: the
 * values and their orders in primitive arrays. Package-private.
 */
final class Series {

    private final String key;
    private long[] orders = new long[1024];
    private double[] values = new double[1024];
    private int size;

    private Series(String key) {
        this.key = key;
    }

    /** Gathers the rows of one group, which arrive sorted by order. */
    static Series of(String key, Iterator<Measurement> rows) {
        Series s = new Series(key);
        while (rows.hasNext()) {
            Measurement m = rows.next();
            if (s.size == s.values.length) {
                s.orders = Arrays.copyOf(s.orders, 2 * s.size);
                s.values = Arrays.copyOf(s.values, 2 * s.size);
            }
            if (s.size > 0 && m.getOrder() < s.orders[s.size - 1]) {
                throw new IllegalStateException(String.format(Locale.ROOT,
                        "characteristic %s: rows not sorted by order (%d after %d)", key, m.getOrder(),
                        s.orders[s.size - 1]));
            }
            s.orders[s.size] = m.getOrder();
            s.values[s.size] = m.getValue();
            s.size++;
        }
        return s;
    }

    /** The subgroups: consecutive values with equal order form one (size 1 for individuals). */
    Subgroups subgroups() {
        try {
            double[] x = Arrays.copyOf(values, size);
            Long[] ids = new Long[size];
            for (int i = 0; i < size; i++) {
                ids[i] = orders[i];
            }
            return Subgroups.byId(x, List.of(ids));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("characteristic " + key + ": " + e.getMessage(), e);
        }
    }

    /** The distinct orders, ascending: the order of each subgroup. */
    long[] subgroupOrders() {
        return Arrays.stream(orders, 0, size).distinct().toArray();
    }

    String key() {
        return key;
    }
}
