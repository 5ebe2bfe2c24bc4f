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
