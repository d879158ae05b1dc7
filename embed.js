// Funnel calculator embed loader: sizes every <iframe data-funnel-calculator> to its
// content. The app posts { type: "funnel-calculator:resize", height } to its parent;
// only messages from one of those iframes' own windows and origins are obeyed.
(function () {
  'use strict';
  if (window.__funnelCalculatorEmbed) return;
  window.__funnelCalculatorEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'funnel-calculator:resize' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-funnel-calculator]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // A sandboxed frame without allow-same-origin posts from the "null" origin.
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin && event.origin !== 'null') return;
      var height = Math.max(200, Math.min(20000, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      return;
    }
  });
})();
