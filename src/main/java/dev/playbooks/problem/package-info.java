/** Problems with their file, line, column, severity and hint, collected across a run and sorted like a compiler's. */
package dev.playbooks.problem;
