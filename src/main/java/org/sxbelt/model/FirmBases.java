package org.sxbelt.model;

/**
 * What a firm's support and taxes are levied on in one month: in real yuan for a firm's accounts,
 * or per yuan of value added for a relocating firm's expectation (the instruments are linear in the
 * bases, so both read the same rules). {@code workers} and {@code trainedHires} are real persons;
 * per-person amounts are indexed by {@code wageIndex} like wages.
 */
public record FirmBases(double revenue, double wages, double freight, double rent, double overhead,
                        double workers, double trainedHires, double loanBalance, double wageIndex) {}
