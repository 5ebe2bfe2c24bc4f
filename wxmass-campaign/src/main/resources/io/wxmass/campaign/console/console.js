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
// The create form shows only the fields of the chosen message type and audience.
(function () {
  var form = document.getElementById('create-form');
  if (!form) { return; }
  var fields = {
    type: { text: ['content'], mpnews: ['mediaId'], articles: ['articleTitle', 'articleThumb', 'articleDigest', 'articleContent'],
      images: ['mediaIds'], voice: ['mediaId'], mpvideo: ['mediaId', 'videoTitle', 'videoDescription'], wxcard: ['cardId'] },
    audience: { tag: ['tagId'], tagMembers: ['tagId', 'strategy'], followers: ['strategy'], all: [],
      openids: ['openIds', 'openidFile', 'strategy'] }
  };
  function show(select) {
    var all = {};
    Object.keys(fields[select]).forEach(function (k) { fields[select][k].forEach(function (f) { all[f] = true; }); });
    var chosen = fields[select][document.getElementById(select).value] || [];
    Object.keys(all).forEach(function (f) {
      var input = document.getElementById(f);
      var label = form.querySelector('label[for="' + f + '"]');
      var on = chosen.indexOf(f) >= 0;
      input.hidden = !on; if (label) { label.hidden = !on; }
    });
  }
  ['type', 'audience'].forEach(function (s) {
    document.getElementById(s).addEventListener('change', function () { show(s); });
    show(s);
  });
})();
