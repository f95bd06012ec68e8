/** Text formats the generator writes by hand: JSON, and HTML/XML text escaping. */
package dev.playbooks.text;
