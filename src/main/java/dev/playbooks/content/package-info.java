/** Finding the author's files and reading them safely: the content tree, front matter and UI strings (SnakeYAML). */
package dev.playbooks.content;
