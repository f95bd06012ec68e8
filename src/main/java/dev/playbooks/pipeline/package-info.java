/**
 * The build pipeline, one phase per class in the order it runs (load, link, render, write), and what one run leaves
 * for the next.
 */
package dev.playbooks.pipeline;
