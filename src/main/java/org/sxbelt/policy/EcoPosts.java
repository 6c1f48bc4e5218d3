package org.sxbelt.policy;

import org.sxbelt.agents.Households;
import org.sxbelt.agents.PovertyStatus;
import org.sxbelt.model.BeltModel;
import org.sxbelt.model.Programme;

import static org.sxbelt.params.ParamSchema.ECO_POSTS;

/**
 * Ecological and public-welfare posts (forest rangers, cleaners): paid part-time posts held at home
 * by members of registered-poor households. Keeps the number of posts at the policy level, adding
 * or withdrawing posts a little each month.
 */
public final class EcoPosts implements Programme {

    private static final int ATTEMPTS_PER_POST = 30;
    private int held;

    @Override
    public void run(BeltModel m) {
        Households hh = m.belt().households();
        int target = (int) Math.round(m.level(ECO_POSTS) * m.ruralAgents() / 1000.0);
        int change = target - held;
        int step = Math.max(1, Math.abs(change) / 6);
        int n = hh.size();
        for (int a = 0; a < step * ATTEMPTS_PER_POST && change != 0 && n > 0; a++) {
            int h = m.random.nextInt(n);
            if (hh.members(h) == 0 || m.isUrban(h)) continue;
            boolean has = hh.has(h, Households.ECO_POST);
            if (change > 0 && !has && isPoorNow(hh, h)) {
                hh.set(h, Households.ECO_POST, true);
                held++;
                change--;
                step--;
            } else if (change < 0 && has) {
                hh.set(h, Households.ECO_POST, false);
                held--;
                change++;
                step--;
            }
            if (step == 0) break;
        }
    }

    public int held() { return held; }

    private static boolean isPoorNow(Households hh, int h) {
        PovertyStatus s = hh.poverty(h);
        return s == PovertyStatus.REGISTERED_POOR || s == PovertyStatus.NEW_POOR || s == PovertyStatus.RETURNED;
    }
}
