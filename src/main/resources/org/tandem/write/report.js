/* Tandem review report: filters, search, j/k navigation and the alignment map.
   Written for 10,000+ beads: rows are found once, filtering touches only rows whose state changes,
   and search texts are read from the page the first time a search runs. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var beads = data.beads;
  var total = beads.length;
  var rows = document.querySelectorAll('#beads > .bead');
  var filter = document.getElementById('filter');
  var query = document.getElementById('q');
  var counter = document.getElementById('count');
  var none = document.getElementById('none');
  var map = document.getElementById('map');
  var span = +map.getAttribute('data-span');
  var lane = +map.getAttribute('data-lane');
  var marks = {};
  Array.prototype.forEach.call(map.querySelectorAll('.m'), function (mark) {
    marks[+mark.getAttribute('data-b') - 1] = mark;
  });
  // Runs of consecutive additions start collapsed behind a header; runOf maps a bead to its run.
  var runs = Array.prototype.map.call(document.querySelectorAll('#beads > .run'), function (header) {
    var first = +header.getAttribute('data-first') - 1;
    return { header: header, button: header.firstElementChild, first: first,
      end: first + +header.getAttribute('data-count'), open: false };
  });
  var runOf = new Int32Array(total).fill(-1);
  runs.forEach(function (run, r) {
    for (var i = run.first; i < run.end; i++) {
      runOf[i] = r;
    }
  });
  var shown = new Uint8Array(total).fill(1);
  var texts = null;
  var current = -1;

  function matches(i, mode, words) {
    var bits = beads[i][4];
    if (mode === 'flagged' ? bits === 0 : mode !== 'all' && (bits & (1 << +mode)) === 0) {
      return false;
    }
    return words === '' || texts[i].indexOf(words) >= 0;
  }

  function folded(i) {
    return runOf[i] >= 0 && !runs[runOf[i]].open;
  }

  function setOpen(run, open) {
    run.open = open;
    run.header.classList.toggle('open', open);
    run.button.setAttribute('aria-expanded', open ? 'true' : 'false');
    for (var i = run.first; i < run.end; i++) {
      rows[i].classList.toggle('fold', !open);
    }
  }

  function applyFilter() {
    var mode = filter.value;
    var words = query.value.trim().toLowerCase();
    if (words !== '' && texts === null) {
      texts = Array.prototype.map.call(rows, function (row) {
        return (row.children[1].textContent + '\n' + row.children[2].textContent).toLowerCase();
      });
    }
    var visible = 0;
    for (var i = 0; i < total; i++) {
      var ok = matches(i, mode, words) ? 1 : 0;
      if (ok !== shown[i]) {
        shown[i] = ok;
        rows[i].classList.toggle('hide', !ok);
        if (marks[i]) {
          marks[i].classList.toggle('dim', !ok);
        }
      }
      visible += ok;
    }
    runs.forEach(function (run) {
      var any = false;
      for (var i = run.first; i < run.end && !any; i++) {
        any = shown[i] === 1;
      }
      run.header.classList.toggle('hide', !any);
      // A search that finds text inside a collapsed run opens it: the match must be visible.
      if (any && words !== '' && !run.open) {
        setOpen(run, true);
      }
    });
    counter.textContent = visible === total ? total + ' beads' : 'Showing ' + visible + ' of ' + total + ' beads';
    none.hidden = visible > 0;
  }

  /** What stands for bead i on the page: its row, or its run's header while the run is collapsed. */
  function place(i) {
    return folded(i) ? runs[runOf[i]].header : rows[i];
  }

  function select(i, scroll) {
    if (current >= 0) {
      rows[current].classList.remove('cur');
      if (runOf[current] >= 0) {
        runs[runOf[current]].header.classList.remove('cur');
      }
      rows[current].removeAttribute('tabindex');
      if (marks[current]) {
        marks[current].classList.remove('cur');
      }
    }
    current = i;
    var row = place(i);
    row.classList.add('cur');
    // Only the current row is focusable: 10,000 tab stops would make Tab useless.
    row.tabIndex = -1;
    row.focus({ preventScroll: true });
    if (marks[i]) {
      marks[i].classList.add('cur');
    }
    if (scroll) {
      row.scrollIntoView({ block: 'center' });
    }
  }

  /**
   * Next (step 1) or previous (step -1) flagged bead that the filter shows; stays put at either end.
   * A collapsed run is one stop, at its header.
   */
  function move(step) {
    for (var i = current + step; i >= 0 && i < total; i += step) {
      if (shown[i] && beads[i][4] !== 0 && (!folded(i) || i === runs[runOf[i]].first)) {
        select(i, true);
        return;
      }
    }
  }

  /** The bead whose mark lies nearest to a point in map coordinates, among those the filter shows. */
  function nearest(x, y) {
    var best = -1;
    var bestDistance = Infinity;
    var sources = Math.max(1, data.sourceSegments);
    var targets = Math.max(1, data.targetSegments);
    for (var i = 0; i < total; i++) {
      if (!shown[i]) {
        continue;
      }
      var b = beads[i];
      var bx = b[0] === b[1] ? -lane : (b[0] + b[1]) / 2 * span / sources;
      var by = b[2] === b[3] ? span + lane : span - (b[2] + b[3]) / 2 * span / targets;
      var distance = (bx - x) * (bx - x) + (by - y) * (by - y);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }

  map.addEventListener('click', function (event) {
    var own = event.target.getAttribute('data-b');
    var i;
    if (own !== null) {
      i = +own - 1;
    } else {
      var point = map.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var local = point.matrixTransform(map.getScreenCTM().inverse());
      i = nearest(local.x, local.y);
    }
    if (i < 0) {
      return;
    }
    if (!shown[i]) {
      // The reviewer asked for this bead; a filter that hides it would make the click look broken.
      filter.value = 'all';
      query.value = '';
      applyFilter();
    }
    if (folded(i)) {
      setOpen(runs[runOf[i]], true);
    }
    select(i, true);
  });

  document.getElementById('beads').addEventListener('click', function (event) {
    var header = event.target.closest('.run');
    if (header) {
      var run = runs[runOf[+header.getAttribute('data-first') - 1]];
      setOpen(run, !run.open);
      return;
    }
    var row = event.target.closest('.bead');
    if (row && !event.target.closest('a')) {
      select(+row.id.slice(1) - 1, false);
    }
  });

  document.getElementById('legend').addEventListener('click', function (event) {
    var item = event.target.closest('li');
    if (item) {
      filter.value = String(data.kinds.indexOf(item.getAttribute('data-kind')));
      applyFilter();
    }
  });

  var pending = 0;
  query.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(applyFilter, 120);
  });
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Enter') {
      clearTimeout(pending);
      applyFilter();
      query.blur();
    }
  });
  filter.addEventListener('change', applyFilter);

  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (event.ctrlKey || event.metaKey || event.altKey || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      return;
    }
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      move(event.key === 'j' ? 1 : -1);
    } else if (event.key === '/') {
      event.preventDefault();
      query.focus();
    }
  });

  // A reload keeps form values; make the rows agree with them.
  if (filter.value !== 'all' || query.value !== '') {
    applyFilter();
  }
})();
