/** The authoring commands' logic: scaffolding new playbooks and translations, and the translations report. */
package dev.playbooks.authoring;
