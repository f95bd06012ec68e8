/**
 * Finding the author's files and reading them safely: the content tree, front matter, and UI strings with the tag
 * pairs stated beside them (SnakeYAML).
 */
package dev.playbooks.content;
