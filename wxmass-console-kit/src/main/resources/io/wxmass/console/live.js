// Live updates: the server sends a "change" event (Server-Sent Events) when anything shown here changes;
// the page then fetches itself and swaps <main>, unless the user is typing in one of its forms.
(function () {
  var src = document.body.getAttribute('data-events');
  if (!src || !window.EventSource || !window.fetch) { return; }
  var busy = false;
  var events = new EventSource(src);
  events.addEventListener('change', function () {
    var main = document.getElementById('main');
    var active = document.activeElement;
    if (busy || (active && main.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName))) { return; }
    busy = true;
    fetch(location.href, { credentials: 'same-origin', headers: { 'X-Console-Live': '1' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('main');
        if (fresh) { main.replaceWith(fresh); document.body.setAttribute('data-updated', String(Date.now())); }
      })
      .catch(function () { })
      .then(function () { busy = false; });
  });
})();
