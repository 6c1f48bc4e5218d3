/**
 * The simulation on MASON: {@link org.sxbelt.model.BeltModel} and the monthly processes it schedules
 * (conditions, demography, policy phase, relocation, labour market, production and pay, household
 * economy, firm accounts, observation), the indicators it derives, and the ports through which the
 * rest of the program plugs in: {@link org.sxbelt.model.IndicatorSink} and
 * {@link org.sxbelt.model.FirmEventSink} for observers, {@link org.sxbelt.model.Programme} and
 * {@link org.sxbelt.model.Programmes} for the government's programmes, the timed-event clock and the
 * subsidy schedule firms plan with.
 *
 * <p>Uses {@code params}, {@code geo} and {@code agents}; never a writer of run output, a scenario reader or a programme.
 */
package org.sxbelt.model;
