/**
 * Plain records every package shares: languages, source files, front matter, playbooks and their outlines, page URLs,
 * UI strings and the tag pairs stated beside them.
 */
package dev.playbooks.model;
