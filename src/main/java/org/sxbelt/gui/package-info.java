/**
 * The classroom GUI, a thin MASON shell: the belt map, live charts, legend, event ticker and policy
 * sliders, in Chinese and English. It watches a model and sets its live parameters; it adds no behaviour.
 *
 * <p>Uses every layer below the shells, never {@code cli}.
 */
package org.sxbelt.gui;
