// The leaders' dashboard (领导看板): a period picker, the headline figures of /api/v1/kpis, the
// trend and category Pareto charts (ECharts), the hotspot map of unit grids (Leaflet) and the
// links exporting them, all fetched for the chosen period from /api/v1/kpis and
// /api/v1/dashboard, and the rankings, rendered by the server, from /evaluation/dashboard/rankings.
(function () {
    'use strict';

    var main = document.getElementById('main');
    var base = main.dataset.base || '/';
    var locale = document.documentElement.lang || 'zh-CN';
    var texts = {};
    document.getElementById('dashboard-texts').content.querySelectorAll('[data-key]').forEach(function (node) {
        texts[node.dataset.key] = node.textContent;
    });
    var statusLine = document.getElementById('dashboard-status');
    var percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    var count = new Intl.NumberFormat(locale);
    /** The hotspot colours, lightest to darkest. */
    var COLOURS = ['#fde0c5', '#facba6', '#f59e72', '#e8684a', '#b3261e'];

    function text(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return (texts[key] || key).replace(/\{(\d+)\}/g, function (all, i) { return args[Number(i)]; });
    }

    function getJson(path) {
        return fetch(base + path.replace(/^\//, ''), {
            headers: { Accept: 'application/json', 'Accept-Language': locale }, credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok) {
                return response.json().catch(function () { return {}; }).then(function (problem) {
                    throw new Error(problem.detail || String(response.status));
                });
            }
            return response.json();
        });
    }

    function day(offsetDateTime) {
        return offsetDateTime.substring(0, 10);
    }

    function previousDay(isoDay) {
        var date = new Date(isoDay + 'T00:00:00Z');
        date.setUTCDate(date.getUTCDate() - 1);
        return date.toISOString().substring(0, 10);
    }

    function daysBetween(from, to) {
        return Math.round((Date.parse(day(to) + 'T00:00:00Z') - Date.parse(day(from) + 'T00:00:00Z')) / 86400000);
    }

    // ---- the period picker ----

    var kind = document.getElementById('period-kind');
    var monthInput = document.getElementById('period-month');
    var quarterInput = document.getElementById('period-quarter');
    var fromInput = document.getElementById('period-from');
    var toInput = document.getElementById('period-to');

    function showFields() {
        document.querySelectorAll('.period-field').forEach(function (field) {
            field.hidden = field.dataset.kind !== kind.value;
        });
    }

    function chosenPeriod() {
        if (kind.value === 'quarter') {
            return quarterInput.value;
        }
        if (kind.value === 'range') {
            return fromInput.value + '..' + toInput.value;
        }
        return monthInput.value;
    }

    /** Sets the picker to the period as the figures answered it. */
    function pick(period, kpis) {
        if (/^\d{4}-\d{2}$/.test(period)) {
            kind.value = 'month';
            monthInput.value = period;
        } else if (/^\d{4}-Q[1-4]$/.test(period)) {
            kind.value = 'quarter';
            if (!Array.prototype.some.call(quarterInput.options, function (o) { return o.value === period; })) {
                quarterInput.add(new Option(period, period));
            }
            quarterInput.value = period;
        } else {
            kind.value = 'range';
        }
        fromInput.value = day(kpis.from);
        toInput.value = previousDay(day(kpis.to));
        showFields();
    }

    kind.addEventListener('change', showFields);
    document.getElementById('period-form').addEventListener('submit', function (event) {
        event.preventDefault();
        load(chosenPeriod());
    });

    // ---- the figures ----

    function showKpis(kpis) {
        document.querySelectorAll('#kpis [data-kpi]').forEach(function (node) {
            var value = kpis[node.dataset.kpi];
            if (value === null || value === undefined) {
                node.textContent = '—';
            } else if (node.dataset.format === 'percent') {
                node.textContent = percent.format(value);
            } else if (node.dataset.format === 'hours') {
                node.textContent = text('hours', decimal.format(value));
            } else {
                node.textContent = count.format(value);
            }
        });
        document.getElementById('kpi-range').textContent = text('range', day(kpis.from), previousDay(day(kpis.to)));
    }

    function chart(id) {
        var node = document.getElementById(id);
        return echarts.getInstanceByDom(node) || echarts.init(node, null, { renderer: 'svg', locale: locale.indexOf('zh') === 0 ? 'ZH' : 'EN' });
    }

    function showTrend(trend) {
        chart('trend-chart').setOption({
            tooltip: { trigger: 'axis' },
            legend: { data: [text('reports'), text('registered'), text('closed')] },
            grid: { left: 48, right: 24, bottom: 40, top: 40 },
            xAxis: { type: 'category', data: trend.buckets.map(function (b) { return b.bucket; }) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
                { name: text('reports'), type: 'line', data: trend.buckets.map(function (b) { return b.reports; }) },
                { name: text('registered'), type: 'line', data: trend.buckets.map(function (b) { return b.registered; }) },
                { name: text('closed'), type: 'line', data: trend.buckets.map(function (b) { return b.closed; }) }
            ]
        }, true);
    }

    function showPareto(pareto) {
        var shown = pareto.categories.slice(0, 20);
        chart('pareto-chart').setOption({
            title: shown.length ? undefined : { text: text('noCategories'), left: 'center', top: 'middle',
                textStyle: { fontSize: 14, color: '#5b6573' } },
            tooltip: { trigger: 'axis' },
            legend: { data: [text('registered'), text('cumulativeShare')] },
            grid: { left: 48, right: 56, bottom: 80, top: 40 },
            xAxis: { type: 'category', data: shown.map(function (c) { return c.name || c.code; }),
                axisLabel: { rotate: 35, interval: 0 } },
            yAxis: [{ type: 'value', minInterval: 1 },
                { type: 'value', min: 0, max: 1, axisLabel: { formatter: function (v) { return percent.format(v); } } }],
            series: [
                { name: text('registered'), type: 'bar', data: shown.map(function (c) { return c.registered; }) },
                { name: text('cumulativeShare'), type: 'line', yAxisIndex: 1,
                    data: shown.map(function (c) { return c.cumulativeShare; }),
                    tooltip: { valueFormatter: function (v) { return percent.format(v); } } }
            ]
        }, true);
    }

    // ---- the hotspot map ----

    var map = L.map('hotspot-map', { zoomSnap: 0.25, attributionControl: false }).setView([22.70, 114.25], 11);
    var areaLayer = null;
    var gridLayer = L.layerGroup().addTo(map);
    var areasLoaded = getJson('/api/v1/map/areas?level=subdistrict').then(function (areas) {
        areaLayer = L.geoJSON(areas, { style: { color: '#5b6573', weight: 1, fill: false }, interactive: false })
            .addTo(map);
        if (areaLayer.getBounds().isValid()) {
            map.fitBounds(areaLayer.getBounds());
        }
        return areaLayer;
    });

    /** Upper bounds of the colour classes: one per count up to five, else five equal steps. */
    function classes(max) {
        var steps = Math.min(COLOURS.length, max);
        var bounds = [];
        for (var i = 1; i <= steps; i++) {
            bounds.push(Math.ceil(max * i / steps));
        }
        return bounds;
    }

    function colour(value, bounds) {
        for (var i = 0; i < bounds.length; i++) {
            if (value <= bounds[i]) {
                return COLOURS[i + COLOURS.length - bounds.length];
            }
        }
        return COLOURS[COLOURS.length - 1];
    }

    function showLegend(bounds) {
        var legend = document.getElementById('hotspot-legend');
        legend.replaceChildren();
        if (!bounds.length) {
            legend.appendChild(Object.assign(document.createElement('li'), { textContent: text('noHotspots') }));
        }
        bounds.forEach(function (upper, i) {
            var lower = i === 0 ? 1 : bounds[i - 1] + 1;
            var item = document.createElement('li');
            var swatch = document.createElement('span');
            swatch.className = 'hotspot-swatch';
            swatch.style.background = COLOURS[i + COLOURS.length - bounds.length];
            item.appendChild(swatch);
            item.appendChild(document.createTextNode(lower === upper ? count.format(upper)
                : count.format(lower) + '–' + count.format(upper)));
            legend.appendChild(item);
        });
    }

    function showHotspots(hotspots) {
        var counts = {};
        hotspots.grids.forEach(function (g) { counts[g.code] = g.registered; });
        var max = hotspots.grids.length ? hotspots.grids[0].registered : 0;
        var bounds = classes(max);
        showLegend(bounds);
        var top = document.getElementById('hotspot-top');
        top.replaceChildren();
        hotspots.grids.slice(0, 10).forEach(function (g) {
            top.appendChild(Object.assign(document.createElement('li'), { textContent: text('grid', g.code, count.format(g.registered)) }));
        });
        gridLayer.clearLayers();
        if (!hotspots.grids.length) {
            return Promise.resolve();
        }
        return areasLoaded.then(function (areas) {
            var box = areas.getBounds().isValid() ? areas.getBounds() : map.getBounds();
            return getJson('/api/v1/map/grids?zoom=12&bbox=' + [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()]
                .map(function (v) { return v.toFixed(4); }).join(','));
        }).then(function (grids) {
            gridLayer.clearLayers();
            L.geoJSON(grids, {
                filter: function (feature) { return counts[feature.properties.code] > 0; },
                style: function (feature) {
                    return { className: 'hotspot-grid', color: '#7a2a12', weight: 0.6, fillOpacity: 0.85,
                        fillColor: colour(counts[feature.properties.code], bounds) };
                },
                onEachFeature: function (feature, layer) {
                    var label = text('grid', feature.properties.code, count.format(counts[feature.properties.code]));
                    layer.bindTooltip(label);
                    layer.on('add', function () {
                        var path = layer.getElement && layer.getElement();
                        if (path) {
                            path.setAttribute('aria-label', label);
                            path.dataset.count = counts[feature.properties.code];
                        }
                    });
                }
            }).addTo(gridLayer);
        });
    }

    // ---- the exports and the rankings ----

    /** Points every export link at the period (and the trend's at its bucket). */
    function pointExports(period, by) {
        document.querySelectorAll('a[data-export]').forEach(function (link) {
            link.href = base + 'api/v1/dashboard/' + link.dataset.export + '/export?period=' + encodeURIComponent(period)
                + (link.dataset.export === 'trend' ? '&by=' + by : '') + '&format=' + link.dataset.format;
        });
    }

    /** Swaps in the rankings of the period, as the server renders them, unless they are shown already. */
    function showRankings(period) {
        if (document.getElementById('rankings').dataset.period === period) {
            return Promise.resolve();
        }
        return fetch(base + 'evaluation/dashboard/rankings?period=' + encodeURIComponent(period), {
            headers: { Accept: 'text/html', 'Accept-Language': locale }, credentials: 'same-origin'
        }).then(function (response) {
            if (!response.ok) {
                throw new Error(String(response.status));
            }
            return response.text();
        }).then(function (html) {
            var parsed = document.createElement('template');
            parsed.innerHTML = html;
            document.getElementById('rankings').replaceWith(parsed.content.querySelector('#rankings'));
        });
    }

    // ---- loading a period ----

    function load(period) {
        statusLine.classList.remove('error');
        statusLine.textContent = text('loading');
        var query = encodeURIComponent(period);
        getJson('/api/v1/kpis?period=' + query).then(function (kpis) {
            history.replaceState(null, '', '?period=' + query);
            pick(kpis.period, kpis);
            showKpis(kpis);
            var days = daysBetween(kpis.from, kpis.to);
            var by = days <= 62 ? 'day' : days <= 190 ? 'week' : 'month';
            pointExports(kpis.period, by);
            return Promise.all([
                showRankings(kpis.period),
                getJson('/api/v1/dashboard/trend?period=' + query + '&by=' + by).then(showTrend),
                getJson('/api/v1/dashboard/categories?period=' + query).then(showPareto),
                getJson('/api/v1/dashboard/hotspots?period=' + query).then(showHotspots)
            ]);
        }).then(function () {
            statusLine.textContent = '';
            main.dataset.loaded = period;
        }).catch(function (error) {
            statusLine.classList.add('error');
            statusLine.textContent = text('failed', error.message);
        });
    }

    window.addEventListener('resize', function () {
        ['trend-chart', 'pareto-chart'].forEach(function (id) { chart(id).resize(); });
    });
    showFields();
    load(main.dataset.period);
}());
