/**
 * Readers of scenario files (TOML): inheritance, overrides from the command line, timed events and park
 * projects, each value checked against the schema with one-line errors that name file, line, key and the
 * allowed range, and did-you-mean suggestions. They produce {@link org.sxbelt.params.Scenario}s.
 *
 * <p>Uses {@code params}, {@code geo} and {@code agents}.
 */
package org.sxbelt.scenario;
