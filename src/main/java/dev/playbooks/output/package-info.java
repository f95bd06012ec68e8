/**
 * Where a site is written: the fresh folder swapped in on success, the live folder serve updates in place, sitemap and
 * feed XML.
 */
package dev.playbooks.output;
