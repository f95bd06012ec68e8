/**
 * The authoring commands' logic: scaffolding new playbooks and translations, the translations report, what changed
 * in a stale translation's source since the version it records (from git, section by section), and accepting a
 * translation as up to date.
 */
package dev.playbooks.authoring;
