package org.sxbelt.policy;

import org.sxbelt.model.BeltModel;

/** One government programme, run once a month in the policy phase. */
public interface Programme {

    void run(BeltModel model);
}
