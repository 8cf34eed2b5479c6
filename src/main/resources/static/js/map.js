// The command map (监督指挥): areas, unit grids, assets, open cases and inspectors, each layer
// fetched from the module that owns it. Layers that depend on the view are fetched for the
// visible box (snapped outward to the tile grid of the zoom, so that small pans ask nothing
// new) once the map stops moving; a newer view aborts the request of an older one.
(function () {
    'use strict';

    var LIGHT_COLOURS = { GREEN: '#1f7a3d', YELLOW: '#b78103', RED: '#c0262d' };
    var NO_LIGHT = '#8892a0';
    var OPEN_STATUSES = 'REPORTED,VERIFYING,ACCEPTED,REGISTERED,DISPATCHED,RETURN_REQUESTED,SUSPENSION_REQUESTED,'
        + 'SUSPENDED,HANDLED,CHECKING,CHECKED';
    var STYLES = {
        subdistricts: { color: '#3c4654', weight: 2.5, fill: false },
        communities: { color: '#5b6573', weight: 1.5, dashArray: '4 3', fill: false },
        grids: { color: '#0b5cad', weight: 1, fillColor: '#0b5cad', fillOpacity: 0.04 },
        chosenGrid: { color: '#f5a623', weight: 3, fillColor: '#f5a623', fillOpacity: 0.15 }
    };
    // Each layer draws in a pane of its own, so that a grid redrawn later never covers a case.
    var PANES = { areas: 405, grids: 410, assets: 615, inspectors: 630, cases: 640 };
    var MOVE_DEBOUNCE_MS = 300;
    var LIVE_REFRESH_MS = 60000;
    var CACHE_SIZE = 60;

    var texts = {};
    var base = '/';

    function text(key, argument) {
        var value = texts[key] !== undefined ? texts[key] : key;
        return argument === undefined ? value : value.replace('{0}', argument);
    }

    function url(path) {
        return base + path.replace(/^\//, '');
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = content;
        }
        return node;
    }

    function getJson(path, signal) {
        var headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang };
        return fetch(url(path), { headers: headers, credentials: 'same-origin', signal: signal })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.json();
            });
    }

    function aborted(error) {
        return error && error.name === 'AbortError';
    }

    /** What the status line says: requests in flight and the layers that failed. */
    function StatusLine(node) {
        var pending = 0;
        var failures = {};
        var notes = {};

        function render() {
            var failed = Object.keys(failures).map(function (layer) { return text('failed', text(layer)); });
            var parts = failed.concat(Object.keys(notes).map(function (key) { return notes[key]; }));
            if (pending > 0) {
                parts.unshift(text('loading'));
            }
            node.textContent = parts.join(' ');
            node.classList.toggle('error', failed.length > 0);
        }

        return {
            started: function () { pending++; render(); },
            finished: function () { pending = Math.max(0, pending - 1); render(); },
            failed: function (layer) { failures[layer] = true; render(); },
            succeeded: function (layer) { delete failures[layer]; render(); },
            note: function (key, message) {
                if (message) {
                    notes[key] = message;
                } else {
                    delete notes[key];
                }
                render();
            }
        };
    }

    /** The bounding box of the view, widened to whole tiles of the zoom, as west,south,east,north. */
    function snappedBox(map) {
        var zoom = Math.round(map.getZoom());
        var step = 360 / Math.pow(2, zoom);
        var bounds = map.getBounds();
        function down(value) { return Math.floor(value / step) * step; }
        function up(value) { return Math.ceil(value / step) * step; }
        var box = [Math.max(-180, down(bounds.getWest())), Math.max(-90, down(bounds.getSouth())),
            Math.min(180, up(bounds.getEast())), Math.min(90, up(bounds.getNorth()))];
        return box.map(function (value) { return value.toFixed(6); }).join(',');
    }

    /**
     * A layer fetched for the view: path(map) gives the request (null: nothing to show at this
     * view), draw(group, data) fills the layer group. Cached layers keep the last answers by URL.
     */
    function viewLayer(map, name, status, options) {
        var group = L.featureGroup();
        var cache = new Map();
        var shown = null;
        var inFlight = null;

        function show(path, data) {
            shown = path;
            group.clearLayers();
            options.draw(group, data);
        }

        function refresh() {
            if (!map.hasLayer(group)) {
                return;
            }
            var path = options.path(map);
            if (path === null) {
                if (inFlight) {
                    inFlight.abort();
                    inFlight = null;
                }
                shown = null;
                group.clearLayers();
                return;
            }
            if (path === shown) {
                return;
            }
            if (inFlight) {
                inFlight.abort();
            }
            if (options.cached && cache.has(path)) {
                show(path, cache.get(path));
                return;
            }
            var request = new AbortController();
            inFlight = request;
            status.started();
            getJson(path, request.signal).then(function (data) {
                if (options.cached) {
                    if (cache.size >= CACHE_SIZE) {
                        cache.delete(cache.keys().next().value);
                    }
                    cache.set(path, data);
                }
                if (inFlight === request) {
                    status.succeeded(name);
                    show(path, data);
                }
            }).catch(function (error) {
                if (!aborted(error)) {
                    status.failed(name);
                }
            }).finally(function () {
                if (inFlight === request) {
                    inFlight = null;
                }
                status.finished();
            });
        }

        return {
            group: group,
            refresh: refresh,
            reload: function () { shown = null; cache.clear(); refresh(); }
        };
    }

    /** A layer fetched once, whatever the view (the subdistricts and communities). */
    function fixedLayer(map, name, status, path, style, loaded) {
        var group = L.featureGroup();
        var state = 'empty';

        function refresh() {
            if (state !== 'empty' || !map.hasLayer(group)) {
                return;
            }
            state = 'loading';
            status.started();
            getJson(path).then(function (data) {
                state = 'loaded';
                status.succeeded(name);
                L.geoJSON(data, {
                    style: style,
                    pane: 'areas',
                    interactive: false,
                    onEachFeature: function (feature, layer) {
                        layer.bindTooltip(feature.properties.name || feature.properties.code,
                            { sticky: true, className: 'area-label' });
                    }
                }).addTo(group);
                if (loaded) {
                    loaded(group);
                }
            }).catch(function () {
                state = 'empty';
                status.failed(name);
            }).finally(status.finished);
        }

        return { group: group, refresh: refresh, reload: function () {} };
    }

    /** Lets keyboard users reach a vector shape with Tab and act on it with Enter or Space. */
    function focusable(layer, label, act) {
        layer.on('add', function () {
            var node = layer.getElement && layer.getElement();
            if (!node) {
                return;
            }
            node.setAttribute('tabindex', '0');
            node.setAttribute('role', 'button');
            node.setAttribute('aria-label', label);
            node.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    act();
                }
            });
        });
    }

    function casePopup(properties) {
        var box = element('div', 'case-popup');
        box.appendChild(element('strong', null, properties.number));
        box.appendChild(element('div', null, properties.category));
        var state = [];
        if (properties.stage) {
            state.push(text('stage.' + properties.stage));
        }
        state.push(text('status.' + properties.status));
        if (properties.light) {
            state.push(text('light.' + properties.light));
        }
        box.appendChild(element('div', 'muted', state.join(' · ')));
        var link = element('a', 'case-link', text('case.open'));
        link.href = url('/cases/' + encodeURIComponent(properties.number));
        box.appendChild(link);
        return box;
    }

    /** The worst light among the cases of a cell: red if any, else yellow if any, else green. */
    function worstLight(properties) {
        if (properties.red > 0) {
            return 'RED';
        }
        if (properties.yellow > 0) {
            return 'YELLOW';
        }
        return properties.green > 0 ? 'GREEN' : null;
    }

    function caseClusterIcon(properties) {
        var count = properties.count;
        var size = Math.round(24 + 9 * Math.log10(Math.max(1, count)));
        var light = worstLight(properties);
        var label = element('span', null, count >= 10000 ? Math.round(count / 1000) + 'k' : String(count));
        label.setAttribute('style', 'display:block;text-align:center;line-height:' + (size - 4) + 'px');
        var box = element('div');
        box.appendChild(label);
        return L.divIcon({
            className: 'case-cluster light-' + (light ? light.toLowerCase() : 'none'),
            html: box.innerHTML,
            iconSize: [size, size]
        });
    }

    function caseClusterPopup(properties) {
        var box = element('div', 'case-popup case-cluster-popup');
        box.appendChild(element('strong', null, text('cases.count', properties.count)));
        var ul = element('ul');
        ['RED', 'YELLOW', 'GREEN'].forEach(function (light) {
            var item = element('li');
            var dot = element('span', 'swatch light-' + light.toLowerCase());
            dot.setAttribute('aria-hidden', 'true');
            item.appendChild(dot);
            item.appendChild(document.createTextNode(' ' + text('light.' + light) + ' ' + (properties[light.toLowerCase()] || 0)));
            ul.appendChild(item);
        });
        if (properties.untimed) {
            ul.appendChild(element('li', null, text('cases.untimed', properties.untimed)));
        }
        box.appendChild(ul);
        box.appendChild(element('div', 'muted', text('cases.zoomIn')));
        return box;
    }

    function caseCluster(feature, latlng) {
        var properties = feature.properties;
        var light = worstLight(properties);
        var marker = L.marker(latlng, {
            pane: 'cases', icon: caseClusterIcon(properties), keyboard: true,
            title: text('cases.count', properties.count)
        });
        marker.on('add', function () {
            var node = marker.getElement();
            if (node) {
                node.style.background = LIGHT_COLOURS[light] || NO_LIGHT;
                node.style.color = '#fff';
                node.style.borderRadius = '50%';
                node.style.border = '2px solid #fff';
                node.style.fontSize = '.75rem';
                node.style.fontWeight = '700';
                node.style.opacity = '0.9';
            }
        });
        // The popup shows on hover and focus; a click (or Enter) zooms in on the cell.
        var popup = L.popup({ autoPan: false, closeButton: false, offset: [0, -8] }).setLatLng(latlng);
        function open() {
            popup.setContent(caseClusterPopup(properties));
            popup.openOn(marker._map);
        }
        function close() {
            if (marker._map) {
                marker._map.closePopup(popup);
            }
        }
        marker.on('mouseover', open);
        marker.on('mouseout', close);
        marker.on('add', function () {
            var node = marker.getElement();
            if (node) {
                node.addEventListener('focus', open);
                node.addEventListener('blur', close);
            }
        });
        marker.on('click', function () {
            var map = marker._map;
            close();
            var max = map.getMaxZoom();
            map.setView(latlng, Math.min(isFinite(max) ? max : 19, Math.round(map.getZoom()) + 2));
        });
        return marker;
    }

    function drawCases(status) {
        return function (group, data) {
            L.geoJSON(data, {
                pointToLayer: function (feature, latlng) {
                    if (feature.properties.count !== undefined) {
                        return caseCluster(feature, latlng);
                    }
                    var light = feature.properties.light;
                    return L.circleMarker(latlng, {
                        pane: 'cases', radius: 7, weight: 2, color: '#fff', fillOpacity: 0.9,
                        fillColor: LIGHT_COLOURS[light] || NO_LIGHT,
                        className: 'case-marker light-' + (light ? light.toLowerCase() : 'none')
                    });
                },
                onEachFeature: function (feature, layer) {
                    if (feature.properties.count !== undefined) {
                        return;
                    }
                    layer.bindPopup(function () { return casePopup(feature.properties); });
                    focusable(layer, feature.properties.number + ' ' + (feature.properties.category || ''),
                        function () { layer.openPopup(); });
                }
            }).addTo(group);
            status.note('truncated', data.truncated ? text('truncated', data.features.length) : null);
        };
    }

    function clusterIcon(count) {
        var size = Math.round(22 + 8 * Math.log10(Math.max(1, count)));
        return L.divIcon({
            className: 'asset-cluster',
            html: '<span style="line-height:' + (size - 4) + 'px">'
                + (count >= 10000 ? Math.round(count / 1000) + 'k' : String(count)) + '</span>',
            iconSize: [size, size]
        });
    }

    function drawAssets(group, data) {
        L.geoJSON(data, {
            pointToLayer: function (feature, latlng) {
                var properties = feature.properties;
                if (properties.count !== undefined) {
                    return L.marker(latlng, {
                        pane: 'assets', icon: clusterIcon(properties.count),
                        title: text('asset.count', properties.count),
                        keyboard: true
                    });
                }
                return L.circleMarker(latlng, {
                    pane: 'assets', radius: 4, weight: 1, color: '#fff', fillColor: '#6d4fb3', fillOpacity: 0.9,
                    className: 'asset-marker'
                });
            },
            onEachFeature: function (feature, layer) {
                var properties = feature.properties;
                if (properties.count !== undefined) {
                    layer.on('click', function () {
                        layer._map.setView(layer.getLatLng(), layer._map.getZoom() + 2);
                    });
                    return;
                }
                layer.bindPopup(function () {
                    var box = element('div');
                    box.appendChild(element('strong', null, properties.identifier));
                    box.appendChild(element('div', null, [properties.name, properties.classCode, properties.status]
                        .filter(Boolean).join(' · ')));
                    return box;
                });
            }
        }).addTo(group);
    }

    function drawInspectors(group, data) {
        L.geoJSON(data, {
            pointToLayer: function (feature, latlng) {
                return L.circleMarker(latlng, {
                    pane: 'inspectors', radius: 6, weight: 2, color: '#fff', fillColor: '#0e7c86', fillOpacity: 0.95,
                    className: 'inspector-marker'
                });
            },
            onEachFeature: function (feature, layer) {
                var properties = feature.properties;
                var at = properties.reportedAt ? properties.reportedAt.substring(0, 16).replace('T', ' ') : '';
                layer.bindTooltip(properties.name + ' (' + properties.team + ') · '
                    + text('inspector.reportedAt', at));
                var popup = element('div');
                popup.appendChild(element('div', null, properties.name + ' (' + properties.username + ')'));
                var track = element('a', null, text('inspector.track'));
                track.href = url('/inspectors/' + encodeURIComponent(properties.username) + '/track');
                popup.appendChild(track);
                layer.bindPopup(popup);
            }
        }).addTo(group);
    }

    /** The side panel of the chosen unit grid: where it lies, its inspectors, open cases and assets. */
    function GridPanel(panel) {
        var requests = null;
        var hint = panel.innerHTML;

        function section(title) {
            var node = element('section', 'grid-section');
            if (title) {
                node.appendChild(element('h3', null, title));
            }
            var body = element('div', null, text('loading'));
            node.appendChild(body);
            panel.appendChild(node);
            return body;
        }

        function fill(body, path, render, name) {
            getJson(path, requests.signal).then(function (data) {
                body.replaceChildren();
                render(body, data);
            }).catch(function (error) {
                if (!aborted(error)) {
                    body.textContent = text('failed', text(name));
                }
            });
        }

        function list(body, items, empty, total, line) {
            if (!items.length) {
                body.appendChild(element('p', 'muted', empty));
                return;
            }
            var ul = element('ul');
            items.forEach(function (item) { ul.appendChild(line(item)); });
            body.appendChild(ul);
            if (total > items.length) {
                body.appendChild(element('p', 'muted', text('grid.more', total - items.length)));
            }
        }

        function show(code, onClose) {
            if (requests) {
                requests.abort();
            }
            requests = new AbortController();
            panel.replaceChildren();
            var heading = element('h2', null);
            heading.appendChild(element('span', null, text('grid', code)));
            var close = element('button', null, text('grid.close'));
            close.type = 'button';
            close.addEventListener('click', function () { clear(); onClose(); });
            heading.appendChild(close);
            panel.appendChild(heading);

            fill(section(null), '/api/v1/grids/' + encodeURIComponent(code), function (body, grid) {
                var dl = element('dl');
                dl.appendChild(element('dt', null, text('grid.place')));
                dl.appendChild(element('dd', null, [grid.subdistrictName, grid.communityName].filter(Boolean)
                    .join(' · ')));
                dl.appendChild(element('dt', null, text('grid.workGrid')));
                dl.appendChild(element('dd', null, grid.workGrid
                    ? grid.workGrid.name + ' (' + grid.workGrid.code + ')' : text('grid.noWorkGrid')));
                dl.appendChild(element('dt', null, text('grid.inspectors')));
                dl.appendChild(element('dd', null, grid.inspectors && grid.inspectors.length
                    ? grid.inspectors.join('、') : text('grid.noInspectors')));
                body.appendChild(dl);
            }, 'grids');

            fill(section(text('grid.cases')), '/api/v1/cases?size=50&status=' + OPEN_STATUSES + '&grid='
                + encodeURIComponent(code), function (body, page) {
                list(body, page.content, text('grid.noCases'), page.totalElements, function (line) {
                    var item = element('li');
                    var dot = element('span', 'swatch light-' + (line.light ? line.light.toLowerCase() : 'none'));
                    dot.setAttribute('aria-hidden', 'true');
                    item.appendChild(dot);
                    item.appendChild(document.createTextNode(' '));
                    var link = element('a', 'case-link', line.number);
                    link.href = url('/cases/' + encodeURIComponent(line.number));
                    item.appendChild(link);
                    item.appendChild(document.createTextNode(' ' + (line.categoryName || '')
                        + (line.light ? ' · ' + text('light.' + line.light) : '')));
                    return item;
                });
            }, 'cases');

            var assets = section(text('assets'));
            fill(assets, '/api/v1/assets?size=20&grid=' + encodeURIComponent(code), function (body, page) {
                var items = page.content || page.items || [];
                var total = page.totalElements !== undefined ? page.totalElements : page.total;
                assets.previousSibling.textContent = text('grid.assets', total);
                list(body, items, text('grid.noAssets'), total, function (asset) {
                    return element('li', null, [asset.identifier, asset.name || asset.className || asset.classCode,
                        asset.status].filter(Boolean).join(' · '));
                });
            }, 'assets');
            heading.querySelector('button').focus({ preventScroll: true });
        }

        function clear() {
            if (requests) {
                requests.abort();
            }
            panel.innerHTML = hint;
        }

        return { show: show };
    }

    function readTexts() {
        var template = document.getElementById('map-texts');
        if (!template) {
            return;
        }
        template.content.querySelectorAll('[data-key]').forEach(function (node) {
            texts[node.dataset.key] = node.textContent;
        });
    }

    function viewFromHash() {
        var parts = window.location.hash.replace(/^#/, '').split('/').map(parseFloat);
        if (parts.length === 3 && parts.every(isFinite)) {
            return { zoom: parts[0], center: [parts[1], parts[2]] };
        }
        return null;
    }

    function debounce(action, delay) {
        var timer = null;
        return function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(action, delay);
        };
    }

    function assetClasses(select, onChange) {
        getJson('/api/v1/categories').then(function (classes) {
            var groups = {};
            classes.filter(function (entry) { return entry.kind === 'asset'; }).forEach(function (entry) {
                if (!groups[entry.majorName]) {
                    groups[entry.majorName] = element('optgroup');
                    groups[entry.majorName].label = entry.majorName;
                    select.appendChild(groups[entry.majorName]);
                }
                var option = element('option', null, entry.code + ' ' + entry.name);
                option.value = entry.code;
                groups[entry.majorName].appendChild(option);
            });
        }).catch(function () { /* the select keeps "all classes" */ });
        select.addEventListener('change', onChange);
    }

    function start(container) {
        readTexts();
        base = container.dataset.base || '/';
        var data = container.dataset;
        var gridMinZoom = parseInt(data.gridMinZoom, 10);
        var status = StatusLine(document.getElementById('map-status'));
        var panel = GridPanel(document.getElementById('grid-panel'));
        var zoomHint = document.getElementById('grids-zoom-hint');
        var assetClass = document.getElementById('asset-class');
        var initial = viewFromHash();

        var map = L.map(container, { zoomControl: true, keyboard: true, attributionControl: !!data.tileUrl });
        Object.keys(PANES).forEach(function (pane) {
            map.createPane(pane).style.zIndex = String(PANES[pane]);
        });
        if (data.tileUrl) {
            L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
        }
        map.setView(initial ? initial.center : [parseFloat(data.lat), parseFloat(data.lon)],
            initial ? initial.zoom : parseInt(data.zoom, 10));

        var chosen = null;
        function choose(layer, code) {
            if (chosen) {
                chosen.setStyle(STYLES.grids);
            }
            chosen = layer;
            layer.setStyle(STYLES.chosenGrid);
            panel.show(code, function () {
                if (chosen) {
                    chosen.setStyle(STYLES.grids);
                    chosen = null;
                }
            });
        }

        var layers = {
            subdistricts: fixedLayer(map, 'subdistricts', status, '/api/v1/map/areas?level=subdistrict',
                STYLES.subdistricts, function (group) {
                    if (!initial && group.getLayers().length) {
                        map.fitBounds(group.getBounds());
                    }
                }),
            communities: fixedLayer(map, 'communities', status, '/api/v1/map/areas?level=community',
                STYLES.communities),
            grids: viewLayer(map, 'grids', status, {
                cached: true,
                path: function () {
                    var zoom = Math.round(map.getZoom());
                    return zoom < gridMinZoom ? null : '/api/v1/map/grids?bbox=' + snappedBox(map) + '&zoom=' + zoom;
                },
                draw: function (group, collection) {
                    L.geoJSON(collection, {
                        pane: 'grids',
                        style: function (feature) {
                            return chosen && chosen.feature && chosen.feature.properties.code === feature.properties.code
                                ? STYLES.chosenGrid : STYLES.grids;
                        },
                        onEachFeature: function (feature, layer) {
                            var code = feature.properties.code;
                            layer.bindTooltip(code + ' ' + (feature.properties.communityName || ''), { sticky: true });
                            layer.on('click', function () { choose(layer, code); });
                            focusable(layer, text('grid', code), function () { choose(layer, code); });
                        }
                    }).addTo(group);
                }
            }),
            assets: viewLayer(map, 'assets', status, {
                cached: true,
                path: function () {
                    return '/api/v1/map/assets?bbox=' + snappedBox(map) + '&zoom=' + Math.round(map.getZoom())
                        + (assetClass.value ? '&class=' + encodeURIComponent(assetClass.value) : '');
                },
                draw: drawAssets
            }),
            cases: viewLayer(map, 'cases', status, {
                path: function () {
                    return '/api/v1/map/cases?bbox=' + snappedBox(map) + '&zoom=' + Math.round(map.getZoom());
                },
                draw: drawCases(status)
            }),
            inspectors: viewLayer(map, 'inspectors', status, {
                path: function () { return '/api/v1/map/inspectors?bbox=' + snappedBox(map); },
                draw: drawInspectors
            })
        };

        function refreshAll() {
            zoomHint.hidden = Math.round(map.getZoom()) >= gridMinZoom;
            Object.keys(layers).forEach(function (name) { layers[name].refresh(); });
        }

        document.querySelectorAll('.map-layers input[data-layer]').forEach(function (box) {
            var layer = layers[box.dataset.layer];
            function apply() {
                if (box.checked) {
                    layer.group.addTo(map);
                    layer.refresh();
                } else {
                    map.removeLayer(layer.group);
                    if (box.dataset.layer === 'cases') {
                        status.note('truncated', null);
                    }
                }
            }
            box.addEventListener('change', apply);
            apply();
        });

        assetClass && assetClasses(assetClass, function () { layers.assets.refresh(); });

        map.on('moveend', debounce(function () {
            var center = map.getCenter();
            history.replaceState(null, '', '#' + Math.round(map.getZoom()) + '/' + center.lat.toFixed(5) + '/'
                + center.lng.toFixed(5));
            refreshAll();
        }, MOVE_DEBOUNCE_MS));
        window.setInterval(function () {
            layers.cases.reload();
            layers.inspectors.reload();
        }, LIVE_REFRESH_MS);
        refreshAll();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var container = document.getElementById('command-map');
        if (container && window.L) {
            start(container);
        }
    });
})();
