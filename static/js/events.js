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
  // The server writes the event's own time as CLDR's medium date and short time, with Latin digits
  // in every language, joined by the pattern it gives in data-date-time (see
  // events/templatetags/event_tags.py): the same here, so both read alike.
  var latin = { numberingSystem: "latn" };
  var dateFormat = new Intl.DateTimeFormat(lang, Object.assign({ dateStyle: "medium" }, latin));
  var timeFormat = new Intl.DateTimeFormat(lang, Object.assign({ timeStyle: "short" }, latin));

  function dateAndTime(moment, pattern) {
    return pattern.replace("{1}", dateFormat.format(moment)).replace("{0}", timeFormat.format(moment));
  }

  // A date in its own isolate, so an Arabic sentence keeps its Latin digits in order.
  function isolated(text) {
    var bdi = document.createElement("bdi");
    bdi.textContent = text;
    return bdi;
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
    var sameDay = start.toDateString() === end.toDateString();
    // "Your time: {time}", translated; the times go where {time} stands.
    var template = when.dataset.localTemplate.split("{time}");
    var local = document.createElement("span");
    local.className = "event-when__local";
    var pattern = when.dataset.dateTime;
    var endText = sameDay ? timeFormat.format(end) : dateAndTime(end, pattern);
    local.append(" · " + template[0], isolated(dateAndTime(start, pattern)), " – ");
    local.append(isolated(endText), template.slice(1).join(""));
    when.appendChild(local);
  });
})();
