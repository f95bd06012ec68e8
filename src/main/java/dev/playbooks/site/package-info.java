/**
 * The site as one linked model: every page's URL, translations and their freshness, tags and which tags of other
 * languages are the same topic, links and backlinks.
 */
package dev.playbooks.site;
