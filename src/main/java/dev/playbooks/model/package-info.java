/**
 * Plain records every package shares: languages, source files, front matter, playbooks and their outlines, page URLs.
 */
package dev.playbooks.model;
