/**
 * The agents and places as state: persons and households in struct-of-arrays stores, firms, towns with
 * their parks, villages, the industries and the distant labour markets, the eastern source regions.
 * State and its invariants live here; the monthly behaviour that changes it lives in {@code model}.
 *
 * <p>Uses {@code params} and {@code geo}.
 */
package org.sxbelt.agents;
