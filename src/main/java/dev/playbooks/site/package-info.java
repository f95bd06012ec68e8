/** The site as one linked model: every page's URL, translations and their freshness, tags, links and backlinks. */
package dev.playbooks.site;
