// Reloads the page when `playbooks serve` has rebuilt the site. Only the dev server sends this file and adds it
// to pages; a built site never contains it.
(function () {
  "use strict";
  var events = new EventSource("/__playbooks/events");
  events.addEventListener("reload", function () {
    window.location.reload();
  });
})();
