/** Text formats the generator writes by hand: JSON. */
package dev.playbooks.text;
