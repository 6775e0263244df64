// Loaded before the page's deferred scripts: an irreversible step's form (data-confirm) clicked while the page is
// still loading is held, not sent, and chibo.js asks its question once it has loaded (on a slow line the page shows
// before its scripts run, and the step would otherwise be sent without being asked).
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (window.chiboConfirms || !form.dataset || !form.dataset.confirm || form.dataset.confirmed === 'true') {
    return;
  }
  event.preventDefault();
  window.chiboHeldSubmit = { form: form, submitter: event.submitter || null };
}, true);
