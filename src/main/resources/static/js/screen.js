// The command center's big screen (监督指挥大屏): the figures of /api/v1/dashboard/stream, pushed
// by the server whenever cases change; the browser's EventSource reconnects by itself.
(function () {
    'use strict';

    var main = document.getElementById('main');
    var base = main.dataset.base || '/';
    var locale = document.documentElement.lang || 'zh-CN';
    var texts = {};
    document.getElementById('screen-texts').content.querySelectorAll('[data-key]').forEach(function (node) {
        texts[node.dataset.key] = node.textContent;
    });
    var percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var count = new Intl.NumberFormat(locale);
    var clockFormat = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    var timeFormat = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit',
        hour12: false });
    var live = document.getElementById('screen-live');
    var feed = document.getElementById('screen-feed');
    var shown = {};

    function text(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return (texts[key] || key).replace(/\{(\d+)\}/g, function (all, i) { return args[Number(i)]; });
    }

    function value(figures, path) {
        return path.split('.').reduce(function (node, key) { return node === null || node === undefined ? node : node[key]; },
            figures);
    }

    function showFigures(figures) {
        document.querySelectorAll('[data-figure]').forEach(function (node) {
            var v = value(figures, node.dataset.figure);
            if (v === null || v === undefined) {
                node.textContent = '—';
            } else if (node.dataset.format === 'percent') {
                node.textContent = percent.format(v);
            } else if (node.dataset.format === 'hours') {
                node.textContent = text('hours', decimal.format(v));
            } else {
                node.textContent = count.format(v);
            }
        });
        var fresh = {};
        feed.replaceChildren.apply(feed, figures.steps.map(function (step) {
            var key = step.number + '/' + step.sequence;
            fresh[key] = true;
            var item = document.createElement('li');
            item.dataset.step = key;
            if (Object.keys(shown).length && !shown[key]) {
                item.className = 'fresh';
            }
            var time = document.createElement('time');
            time.dateTime = step.at;
            time.textContent = timeFormat.format(new Date(step.at));
            var what = document.createElement('span');
            var action = document.createElement('span');
            action.className = 'step-action';
            action.textContent = text('action.' + step.action);
            var number = document.createElement('span');
            number.className = 'step-case';
            number.textContent = step.number;
            what.append(action, number);
            var place = document.createElement('span');
            place.className = 'step-place';
            place.textContent = [step.categoryName || step.categoryCode, step.gridCode ? text('grid', step.gridCode) : null]
                .filter(Boolean).join(' · ');
            item.append(time, what, place);
            return item;
        }));
        shown = fresh;
        main.dataset.updated = figures.at;
    }

    function tick() {
        document.getElementById('screen-clock').textContent = clockFormat.format(new Date());
    }

    tick();
    setInterval(tick, 1000);
    var stream = new EventSource(base + 'api/v1/dashboard/stream', { withCredentials: true });
    stream.addEventListener('figures', function (event) {
        live.dataset.state = 'live';
        live.textContent = text('live');
        showFigures(JSON.parse(event.data));
    });
    stream.addEventListener('error', function () {
        live.dataset.state = 'lost';
        live.textContent = text('lost');
    });
}());
