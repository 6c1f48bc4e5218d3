/**
 * The command line ({@code sxbelt <command>}): one JCommander options class per command, which checks the
 * user's input, turns mistakes into one {@code error:} line and exit status 2, and calls the layers below.
 * The top layer; nothing depends on it.
 */
package org.sxbelt.cli;
