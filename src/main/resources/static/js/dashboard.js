// Start page charts (Chart.js): each chart box carries its numbers as JSON; its table stays the accessible view.
(function () {
  'use strict';
  var palette = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a'];
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';

  function format(value, percent) {
    if (value === null || value === undefined) {
      return '–';
    }
    var digits = percent || value % 1 !== 0 ? 1 : 0;
    return new Intl.NumberFormat(locale, {minimumFractionDigits: digits, maximumFractionDigits: digits}).format(value)
      + (percent ? '%' : '');
  }

  // long names (programmes, units) wrap on the axis instead of being cut; the table keeps them whole
  function wrap(label, width) {
    var words = String(label).split(' ');
    var lines = [];
    var line = '';
    words.forEach(function (word) {
      if (line && (line + ' ' + word).length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    });
    lines.push(line);
    return lines.length > 1 ? lines : lines[0];
  }

  function showTable(box, table, toggle, tableShown) {
    box.hidden = tableShown;
    table.hidden = !tableShown;
    toggle.setAttribute('aria-pressed', tableShown ? 'true' : 'false');
    toggle.textContent = tableShown ? toggle.dataset.showChart : toggle.dataset.showTable;
  }

  function draw(box) {
    var config = JSON.parse(box.dataset.chart);
    var table = document.getElementById(box.dataset.table);
    var toggle = document.getElementById(box.dataset.toggle);
    var doughnut = config.type === 'doughnut';
    var horizontal = config.type === 'bar' && config.labels.some(function (l) { return l.length > 10; });
    var datasets = config.datasets.map(function (d, i) {
      var colour = palette[i % palette.length];
      return {
        label: d.label, data: d.data, tension: 0.2, fill: false,
        backgroundColor: doughnut ? palette.slice(0, d.data.length) : colour,
        borderColor: doughnut ? '#fff' : colour
      };
    });
    var valueAxis = {beginAtZero: true, stacked: config.stacked, ticks: {callback: function (v) { return format(v, config.percent); }}};
    if (config.percent) {
      valueAxis.max = 100;
    }
    var categoryAxis = {stacked: config.stacked, ticks: {autoSkip: false}};
    var scales = doughnut ? {} : (horizontal ? {x: valueAxis, y: categoryAxis} : {x: categoryAxis, y: valueAxis});
    box.hidden = false;
    new window.Chart(box.querySelector('canvas'), {
      type: config.type,
      data: {labels: horizontal ? config.labels.map(function (l) { return wrap(l, 24); }) : config.labels, datasets: datasets},
      options: {
        locale: locale, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? 'y' : 'x', scales: scales,
        plugins: {
          legend: {position: 'bottom'},
          tooltip: {callbacks: {
            title: function (items) { return items.length ? config.labels[items[0].dataIndex] : ''; },
            label: function (c) { return c.dataset.label + ': ' + format(c.raw, config.percent); }
          }}
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length && config.links && config.links[elements[0].index] ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          if (elements.length && config.links && config.links[elements[0].index]) {
            window.location.assign(config.links[elements[0].index]);
          }
        }
      }
    });
    toggle.hidden = false;
    showTable(box, table, toggle, false);
    toggle.addEventListener('click', function () {
      showTable(box, table, toggle, toggle.getAttribute('aria-pressed') !== 'true');
    });
  }

  function start(root) {
    if (!window.Chart) {
      return; // without the library the tables stay, which show the same numbers
    }
    root.querySelectorAll('[data-chart]').forEach(function (box) {
      if (!box.dataset.drawn) {
        box.dataset.drawn = 'true';
        draw(box);
      }
    });
  }

  // the figures arrive after the page (HTMX): their charts are drawn when they are swapped in
  document.addEventListener('htmx:afterSettle', function () {
    start(document);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { start(document); });
  } else {
    start(document);
  }
})();
