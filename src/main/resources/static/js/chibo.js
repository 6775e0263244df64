// ChiBo page behaviour. No inline scripts (strict Content-Security-Policy).
(function () {
  'use strict';

  // Send the CSRF token with every HTMX request.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Tree: the first click loads children (HTMX); later clicks fold and unfold them.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.org-toggle');
    if (!button || !button.dataset.loaded) {
      return;
    }
    var list = document.querySelector(button.getAttribute('hx-target'));
    if (list) {
      list.classList.toggle('d-none');
      button.textContent = list.classList.contains('d-none') ? '+' : '\u2212';
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var trigger = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (trigger && trigger.classList && trigger.classList.contains('org-toggle')) {
      trigger.dataset.loaded = 'true';
      trigger.textContent = '\u2212';
    }
  });

  // Pickers: choosing a result replaces the current value.
  document.addEventListener('change', function (event) {
    if (!event.target.classList.contains('picker-choice')) {
      return;
    }
    var picker = event.target.closest('.org-picker');
    if (picker) {
      picker.querySelectorAll('.picker-current').forEach(function (input) { input.remove(); });
    }
  });

  // Classification decision: quota use recounted live as grades are chosen (the server checks again).
  function updateQuota(form) {
    var live = document.getElementById('quotaLive');
    if (!live || form.dataset.quotaEnabled !== 'true') {
      return;
    }
    var excellent = 0;
    var good = 0;
    form.querySelectorAll('.decided-grade').forEach(function (badge) {
      if (badge.dataset.grade === 'EXCELLENT') { excellent++; }
      if (badge.dataset.grade === 'GOOD') { good++; }
    });
    form.querySelectorAll('select.decision-grade').forEach(function (select) {
      if (select.value === 'EXCELLENT') { excellent++; }
      if (select.value === 'GOOD') { good++; }
    });
    var base = good + (form.dataset.includeExcellent === 'true' ? excellent : 0);
    var allowed = Math.floor(parseFloat(form.dataset.quotaShare) * base + 1e-9);
    var text = form.dataset.template.replace('{0}', excellent).replace('{1}', allowed).replace('{2}', base);
    var over = excellent > allowed;
    live.textContent = over ? text + ' — ' + form.dataset.over : text;
    live.classList.toggle('text-danger', over);
    live.classList.toggle('fw-semibold', over);
  }
  document.addEventListener('change', function (event) {
    if (event.target.classList.contains('decision-grade')) {
      updateQuota(event.target.form);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('decisionForm');
    if (form) {
      updateQuota(form);
    }
  });

  // Date, time and month fields typed the Vietnamese way whatever the browser's locale (dd/mm/yyyy, hh:mm, mm/yyyy):
  // the separators appear as the digits are typed, and a short day is padded when the field is left (1/5/2026 -> 01/05/2026).
  var MASKS = {
    'dateInput': { groups: [2, 2, 4], separator: '/' },
    'timeInput': { groups: [2, 2], separator: ':' },
    'monthInput': { groups: [2, 4], separator: '/' }
  };
  function maskOf(input) {
    for (var key in MASKS) {
      if (input.dataset && input.dataset[key] !== undefined) {
        return MASKS[key];
      }
    }
    return null;
  }
  document.addEventListener('input', function (event) {
    var input = event.target;
    var mask = maskOf(input);
    if (!mask || (event.inputType && event.inputType.indexOf('delete') === 0)) {
      return;
    }
    var value = input.value;
    if (!/^[0-9/:.\-h]*$/.test(value) || /^\d{4}-/.test(value)) {
      return;
    }
    var parts = value.split(/[/:.\-h]/);
    var last = parts[parts.length - 1];
    if (parts.length < mask.groups.length && last.length === mask.groups[parts.length - 1]) {
      input.value = value + mask.separator;
    }
  });
  document.addEventListener('focusout', function (event) {
    var input = event.target;
    var mask = maskOf(input);
    if (!mask) {
      return;
    }
    var parts = input.value.trim().split(/[/:.\-h]/);
    if (parts.length !== mask.groups.length || /^\d{4}$/.test(parts[0])) {
      return;
    }
    input.value = parts.map(function (part, i) {
      return i < parts.length - 1 && part.length === 1 ? '0' + part : part;
    }).join(mask.separator);
  });

  // Irreversible steps ask first: a form with data-confirm opens the confirmation dialog with its text,
  // and is sent (with the button that sent it) only when the user agrees.
  var pending = null;
  function ask(form, submitter) {
    var dialog = document.getElementById('confirmDialog');
    if (!dialog || !window.bootstrap) {
      return false;
    }
    pending = { form: form, submitter: submitter };
    document.getElementById('confirmText').textContent = form.dataset.confirm;
    window.bootstrap.Modal.getOrCreateInstance(dialog).show();
    return true;
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.dataset || !form.dataset.confirm || form.dataset.confirmed === 'true') {
      return;
    }
    if (ask(form, event.submitter || null)) {
      event.preventDefault();
    }
  }, true);
  // a step clicked before this script had loaded (confirm-guard.js held it) is asked now
  window.chiboConfirms = true;
  var held = window.chiboHeldSubmit;
  window.chiboHeldSubmit = null;
  if (held && !ask(held.form, held.submitter)) {
    held.form.dataset.confirmed = 'true';
    held.form.requestSubmit ? held.form.requestSubmit(held.submitter || undefined) : held.form.submit();
  }
  document.addEventListener('click', function (event) {
    if (!event.target.closest('#confirmYes') || !pending) {
      return;
    }
    var chosen = pending;
    pending = null;
    window.bootstrap.Modal.getOrCreateInstance(document.getElementById('confirmDialog')).hide();
    chosen.form.dataset.confirmed = 'true';
    if (chosen.submitter && chosen.form.requestSubmit) {
      chosen.form.requestSubmit(chosen.submitter);
    } else if (chosen.form.requestSubmit) {
      chosen.form.requestSubmit();
    } else {
      chosen.form.submit();
    }
  });
})();

// Structured rulebook editor: after adding or moving a row, bring it into view and focus its first field.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-scroll-to]');
  var target = form && document.getElementById(form.dataset.scrollTo);
  if (!target) {
    return;
  }
  target.scrollIntoView({ block: 'center' });
  var field = target.querySelector('input[type=text]');
  // never take the focus from a field the user is already typing in (the page can show before this script runs)
  var typing = document.activeElement && document.activeElement !== document.body;
  if (field && !typing) {
    field.focus({ preventScroll: true });
  }
});
