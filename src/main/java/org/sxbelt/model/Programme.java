package org.sxbelt.model;

/**
 * One government programme, run once a month in the policy phase. The model owns this port; the
 * programmes themselves live in {@code org.sxbelt.policy} and are plugged in through {@link Programmes}.
 */
public interface Programme extends java.io.Serializable {

    void run(BeltModel model);
}
