// Adds the visitor's own local time beside an event's time; without JavaScript the event's zone is shown.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  var visitorZone;
  try {
    visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  document.querySelectorAll(".event-when[data-event-zone]").forEach(function (when) {
    if (when.dataset.eventZone === visitorZone) {
      return;
    }
    var times = when.querySelectorAll("time[datetime]");
    if (times.length < 2) {
      return;
    }
    var start = new Date(times[0].getAttribute("datetime"));
    var end = new Date(times[1].getAttribute("datetime"));
    if (isNaN(start) || isNaN(end)) {
      return;
    }
    var format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    var endFormat = start.toDateString() === end.toDateString()
      ? new Intl.DateTimeFormat(lang, { timeStyle: "short" })
      : format;
    var local = document.createElement("span");
    local.className = "event-when__local";
    local.textContent = " · " + when.dataset.localLabel + ": " + format.format(start) + "–" + endFormat.format(end);
    when.appendChild(local);
  });
})();
