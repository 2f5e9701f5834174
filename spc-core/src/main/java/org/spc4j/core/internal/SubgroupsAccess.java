package org.spc4j.core.internal;

import java.util.Objects;
import java.util.function.Function;

import org.spc4j.core.control.Subgroups;

/**
 * The {@link Layout} of a {@link Subgroups} without a copy, for the kernels that other packages
 * of the core run on it (capability). {@code Subgroups} keeps its arrays private and registers
 * the accessor here when its class is initialised; this package is not exported, so the arrays
 * stay out of reach of users of the module.
 */
public final class SubgroupsAccess {

    private static volatile Function<Subgroups, Layout> layouts;

    private SubgroupsAccess() {
    }

    /**
     * Installs the accessor; called once, by {@code Subgroups}.
     *
     * @throws IllegalStateException when an accessor is already installed
     */
    public static void register(Function<Subgroups, Layout> accessor) {
        Objects.requireNonNull(accessor, "accessor must not be null");
        synchronized (SubgroupsAccess.class) {
            if (layouts != null) {
                throw new IllegalStateException("the Subgroups accessor is already registered");
            }
            layouts = accessor;
        }
    }

    /** The layout of {@code subgroups}; its arrays must only be read. */
    public static Layout layout(Subgroups subgroups) {
        // An instance exists, so its class is initialised and the accessor registered.
        return layouts.apply(Objects.requireNonNull(subgroups, "subgroups must not be null"));
    }
}
