package org.sxbelt.model;

/**
 * What a firm's support and taxes are levied on in one month: in real yuan for a firm's accounts,
 * or per yuan of value added for a relocating firm's expectation (the instruments are linear in the
 * bases, so both read the same rules). {@code workers} and {@code trainedHires} are real persons;
 * per-person amounts are indexed by {@code wageIndex} like wages. {@code capital} is the month's
 * depreciation and interest on upgraded equipment ({@link Upgrading}); no instrument is levied on it.
 */
public record FirmBases(double revenue, double wages, double freight, double rent, double overhead,
                        double workers, double trainedHires, double loanBalance, double wageIndex, double capital) {

    /** Bases of a firm without upgraded equipment. */
    public FirmBases(double revenue, double wages, double freight, double rent, double overhead,
                     double workers, double trainedHires, double loanBalance, double wageIndex) {
        this(revenue, wages, freight, rent, overhead, workers, trainedHires, loanBalance, wageIndex, 0);
    }
}
