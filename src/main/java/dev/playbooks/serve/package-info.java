/**
 * The live preview: a local HTTP server for the output folder, a reload stream, the folder watcher and its wiring to
 * the pipeline.
 */
package dev.playbooks.serve;
