/**
 * What git knows of the author's files: the date of the last commit that changed each file of a folder (one
 * {@code git log} for the whole folder, never one per file), and the past versions of one file. Git runs as a child
 * process; where it is missing, the folder is not in a repository or the history is shallow, this says so in plain
 * words instead of failing.
 */
package dev.playbooks.history;
