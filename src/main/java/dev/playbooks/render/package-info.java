/** FreeMarker templates, safely configured, the records templates receive, and the t(...) function for UI strings. */
package dev.playbooks.render;
