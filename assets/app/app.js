// The memorial page's live parts: Telegram's launch parameters (theme, initData), the countdown
// on the server's clock, the silence in the reader's own time zone, the candle, and sharing. Every
// word comes from the page itself (data attributes); nothing is loaded from anywhere else, and
// the client is spoken to with Telegram's documented web events (no SDK script).
(function () {
  'use strict';
  var root = document.documentElement;
  var launch = new URLSearchParams(location.hash.slice(1));
  var initData = launch.get('tgWebAppData') || '';
  var inTelegram = initData !== '' || launch.has('tgWebAppPlatform');
  var $ = function (id) { return document.getElementById(id); };
  var lang = ($('page') && $('page').dataset.lang) || root.lang;

  // Telegram's ways to send a web event: a proxy in the mobile and desktop apps, window.external
  // on Windows Phone, postMessage to the frame's parent in Telegram Web.
  function post(type, data) {
    var body = data === undefined ? '' : JSON.stringify(data);
    try {
      if (window.TelegramWebviewProxy && window.TelegramWebviewProxy.postEvent) {
        window.TelegramWebviewProxy.postEvent(type, body);
      } else if (window.external && typeof window.external.notify === 'function') {
        window.external.notify(JSON.stringify({ eventType: type, eventData: data }));
      } else if (window.parent !== window) {
        window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data }), 'https://web.telegram.org');
      }
    } catch (e) { /* outside Telegram: nothing to tell */ }
  }

  function luminance(hex) {
    var m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex || '');
    if (!m) return 1;
    return (0.2126 * parseInt(m[1], 16) + 0.7152 * parseInt(m[2], 16) + 0.0722 * parseInt(m[3], 16)) / 255;
  }

  // themeParams keys become Telegram's CSS variables: bg_color -> --tg-theme-bg-color.
  function theme(params) {
    if (!params || typeof params !== 'object') return;
    Object.keys(params).forEach(function (key) {
      var value = String(params[key]);
      if (/^#[0-9a-f]{3,8}$/i.test(value)) root.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), value);
    });
    if (params.bg_color) root.style.colorScheme = luminance(params.bg_color) < 0.5 ? 'dark' : 'light';
  }

  function insets(prefix, data) {
    ['top', 'bottom', 'left', 'right'].forEach(function (side) {
      if (typeof data[side] === 'number') root.style.setProperty(prefix + side, data[side] + 'px');
    });
  }

  function receive(type, data) {
    if (!data) return;
    if (type === 'theme_changed') theme(data.theme_params);
    else if (type === 'viewport_changed' && data.height) {
      root.style.setProperty('--tg-viewport-height', data.height + 'px');
      if (data.is_state_stable) root.style.setProperty('--tg-viewport-stable-height', data.height + 'px');
    } else if (type === 'safe_area_changed') insets('--tg-safe-area-inset-', data);
    else if (type === 'content_safe_area_changed') insets('--tg-content-safe-area-inset-', data);
  }
  window.Telegram = window.Telegram || {};
  window.Telegram.WebView = { receiveEvent: receive };
  window.addEventListener('message', function (event) {
    if (event.origin !== 'https://web.telegram.org') return;
    try {
      var message = JSON.parse(event.data);
      if (message && message.eventType) receive(message.eventType, message.eventData);
    } catch (e) { /* not a Telegram event */ }
  });

  try { theme(JSON.parse(launch.get('tgWebAppThemeParams') || 'null')); } catch (e) { /* no theme */ }

  // The countdown runs on the server's clock (the page says what time it was when rendered), so a
  // wrong device clock cannot show a wrong countdown or reload the page in a loop.
  function countdown() {
    var section = $('countdown');
    if (!section) return;
    var loaded = performance.now();
    var serverNow = Number(section.dataset.now);
    var start = Number(section.dataset.start);
    var end = Number(section.dataset.end);
    var clock = $('clock');
    var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
    var now = function () { return serverNow + (performance.now() - loaded); };
    function show(unit, n) {
      var number = clock.querySelector('[data-unit="' + unit + '"]');
      var label = number.nextElementSibling;
      number.textContent = String(n);
      var category = rules ? rules.select(n) : 'other';
      // The number stands above its words: the form's place for it is left out.
      label.textContent = (label.dataset[category] || label.dataset.other).replace('%n%', '').trim();
    }
    function tick() {
      var left = start - now();
      if (left <= 0) {
        clock.hidden = true;
        // At the silence and after it the server's words change: read them again.
        var until = now() < end ? end - now() + 1000 : 0;
        if (section.dataset.phase !== 'reloading') {
          section.dataset.phase = 'reloading';
          setTimeout(function () { location.reload(); }, until);
        }
        return;
      }
      var minutes = Math.ceil(left / 60000);
      show('days', Math.floor(minutes / 1440));
      show('hours', Math.floor(minutes % 1440 / 60));
      show('minutes', minutes % 60);
      clock.hidden = false;
      setTimeout(tick, Math.min(1000, left));
    }
    if (start > serverNow) tick();
    else if (serverNow < end) setTimeout(function () { location.reload(); }, end - serverNow + 1000);

    // The silence in the reader's zone, in the bot's own words ("12:00 in Baku — 09:00 in Berlin"):
    // digits and an ISO date only, which every browser formats alike whatever its locale data.
    var local = $('local-time');
    try {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && zone !== section.dataset.baku) {
        var at = new Date(start);
        var time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(at);
        var day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }).format(at);
        var which = day < section.dataset.date ? 'before' : day > section.dataset.date ? 'after' : 'same';
        var place = zone.split('/').pop().replace(/_/g, ' ');
        local.textContent = local.dataset[which].replace('%time%', time).replace('%place%', place);
        local.hidden = false;
      }
    } catch (e) { /* no Intl: Baku time only */ }
  }

  function candle() {
    var section = $('candle');
    var button = $('candle-button');
    if (!section || !button || !initData) return;
    $('candle-outside').hidden = true;
    button.disabled = false;
    button.addEventListener('click', function () {
      button.disabled = true;
      fetch(section.dataset.api, { method: 'POST', headers: { Authorization: 'tma ' + initData } })
        .then(function (response) {
          return response.json().then(function (answer) {
            if (!response.ok) throw answer;
            return answer;
          });
        })
        .then(function (answer) {
          $('candle-count').textContent = String(answer.count);
          $('candle-text').textContent = answer.text;
          section.classList.add('lit');
          if (answer.lit) post('web_app_trigger_haptic_feedback', { type: 'notification', notification_type: 'success' });
        })
        .catch(function (answer) {
          $('candle-text').textContent = (answer && answer.text) || section.dataset.error;
        })
        .then(function () { button.disabled = false; });
    });
  }

  // Inside Telegram: the language switch keeps the launch parameters, and sharing opens
  // Telegram's own chat picker instead of a browser.
  function links() {
    Array.prototype.forEach.call(document.querySelectorAll('.langs a'), function (a) {
      a.addEventListener('click', function (event) {
        if (!location.hash) return;
        event.preventDefault();
        location.href = a.getAttribute('href') + location.hash;
      });
    });
    var share = $('share');
    if (share && inTelegram) {
      share.addEventListener('click', function (event) {
        event.preventDefault();
        var url = new URL(share.href);
        post('web_app_open_tg_link', { path_full: url.pathname + url.search });
      });
    }
  }

  countdown();
  candle();
  links();
  if (inTelegram) {
    post('web_app_ready');
    post('web_app_expand');
    post('web_app_request_theme');
    post('web_app_request_viewport');
    post('web_app_request_safe_area');
    post('web_app_request_content_safe_area');
  }
})();
