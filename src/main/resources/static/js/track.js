// The track playback (轨迹回放): an inspector's samples of a day drawn as a line, a marker that
// moves along it with play/pause and a time slider, and the reports filed that day as markers.
(function () {
    'use strict';

    var STEP_SECONDS = 30;
    var TICK_MS = 100;

    function getJson(base, path) {
        var headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang };
        return fetch(base + path.replace(/^\//, ''), { headers: headers, credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    function clock(seconds) {
        var s = Math.max(0, Math.floor(seconds));
        function two(n) { return (n < 10 ? '0' : '') + n; }
        return two(Math.floor(s / 3600)) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
    }

    /** The index of the last point at or before the time, -1 before the first. */
    function lastAtOrBefore(points, seconds) {
        var low = 0;
        var high = points.length - 1;
        var found = -1;
        while (low <= high) {
            var middle = (low + high) >> 1;
            if (points[middle][0] <= seconds) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    function start(container) {
        var data = container.dataset;
        var base = data.base || '/';
        var user = encodeURIComponent(data.username);
        var summary = document.getElementById('track-summary');
        var play = document.getElementById('track-play');
        var slider = document.getElementById('track-time');
        var output = document.getElementById('track-clock');
        var list = document.getElementById('track-reports');

        var map = L.map(container, { keyboard: true, maxZoom: 19, attributionControl: !!data.tileUrl });
        if (data.tileUrl) {
            L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
        }
        map.setView([parseFloat(data.lat), parseFloat(data.lon)], parseInt(data.zoom, 10));

        var points = [];
        var walked = L.polyline([], { color: '#0e7c86', weight: 4 }).addTo(map);
        var marker = null;
        var timer = null;

        function show(seconds) {
            slider.value = String(seconds);
            output.textContent = clock(seconds);
            var last = lastAtOrBefore(points, seconds);
            walked.setLatLngs(points.slice(0, last + 1).map(function (p) { return [p[1], p[2]]; }));
            if (last >= 0) {
                marker.setLatLng([points[last][1], points[last][2]]);
            }
        }

        function stop() {
            if (timer) {
                window.clearInterval(timer);
                timer = null;
            }
            play.textContent = play.dataset.play;
            play.setAttribute('aria-pressed', 'false');
        }

        play.addEventListener('click', function () {
            if (timer) {
                stop();
                return;
            }
            if (Number(slider.value) >= Number(slider.max)) {
                show(Number(slider.min));
            }
            play.textContent = play.dataset.pause;
            play.setAttribute('aria-pressed', 'true');
            timer = window.setInterval(function () {
                var next = Math.min(Number(slider.max), Number(slider.value) + STEP_SECONDS);
                show(next);
                if (next >= Number(slider.max)) {
                    stop();
                }
            }, TICK_MS);
        });
        slider.addEventListener('input', function () {
            show(Number(slider.value));
        });

        var track = getJson(base, '/api/v1/inspectors/' + user + '/track?date=' + data.date).then(function (body) {
            points = body.points;
            if (!points.length) {
                summary.textContent = data.empty;
                return;
            }
            var line = points.map(function (p) { return [p[1], p[2]]; });
            L.polyline(line, { color: '#7a8a99', weight: 2, dashArray: '4 4' }).addTo(map);
            map.fitBounds(L.latLngBounds(line).pad(0.2), { maxZoom: 17 });
            marker = L.circleMarker(line[0], {
                radius: 7, weight: 2, color: '#fff', fillColor: '#0e7c86', fillOpacity: 1, className: 'track-marker'
            }).addTo(map);
            slider.min = String(points[0][0]);
            slider.max = String(points[points.length - 1][0]);
            slider.disabled = false;
            play.disabled = false;
            summary.textContent = data.summary.replace('{0}', String(points.length))
                .replace('{1}', clock(points[0][0])).replace('{2}', clock(points[points.length - 1][0]));
            show(points[0][0]);
        });

        var reports = getJson(base, '/api/v1/inspectors/' + user + '/reports?date=' + data.date).then(function (body) {
            if (!body.length) {
                list.appendChild(document.createElement('li')).textContent = data.noReports;
                return;
            }
            body.forEach(function (report) {
                var time = report.reportedAt.substring(11, 19);
                var item = list.appendChild(document.createElement('li'));
                var link = item.appendChild(document.createElement('a'));
                link.href = base + 'cases/' + encodeURIComponent(report.number);
                link.textContent = time + ' ' + report.number + ' ' + (report.categoryName || '');
                L.marker([report.lat, report.lon], { title: report.number, keyboard: true })
                    .bindPopup(link.cloneNode(true)).addTo(map);
            });
        });

        Promise.all([track, reports]).catch(function () {
            summary.textContent = data.failed;
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var container = document.getElementById('track-map');
        if (container && window.L) {
            start(container);
        }
    });
})();
