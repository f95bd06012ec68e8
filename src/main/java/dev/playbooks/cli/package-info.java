/** The command line: commands, options, exit codes and how problems are printed; the only user of picocli. */
package dev.playbooks.cli;
