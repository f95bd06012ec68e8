/**
 * Checks of the built site against the standards it claims: every page through the W3C Nu HTML Checker. Lighthouse,
 * which needs a served site and minutes per run, is the {@code ./lighthouse} script instead.
 */
package dev.playbooks.validate;
