// Casework pages: the case map (unit grid outline and the reported point) and the hotline map
// on which the operator clicks the point. Leaflet without base tiles: the outlines orient.
(function () {
    'use strict';

    var OUTLINE = { color: '#0b5cad', weight: 2, fillOpacity: 0.08 };
    var AREA = { color: '#5b6573', weight: 1, fillOpacity: 0.03 };
    var POINT = { radius: 7, color: '#b42318', weight: 2, fillColor: '#b42318', fillOpacity: 0.7 };

    function plainMap(element) {
        return L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    }

    function caseMap(element) {
        var lat = parseFloat(element.dataset.lat);
        var lon = parseFloat(element.dataset.lon);
        var map = plainMap(element);
        var point = L.circleMarker([lat, lon], POINT).addTo(map);
        if (element.dataset.outline) {
            var grid = L.geoJSON(JSON.parse(element.dataset.outline), { style: OUTLINE }).addTo(map);
            map.fitBounds(grid.getBounds().extend(point.getLatLng()), { padding: [20, 20] });
        } else {
            map.setView([lat, lon], 16);
        }
    }

    function pickMap(element) {
        var latField = document.getElementById(element.dataset.latField);
        var lonField = document.getElementById(element.dataset.lonField);
        var map = plainMap(element);
        var areas = L.geoJSON(JSON.parse(element.dataset.outlines || '{"type":"FeatureCollection","features":[]}'), {
            style: AREA,
            onEachFeature: function (feature, layer) {
                layer.bindTooltip(feature.properties.name, { sticky: true });
            }
        }).addTo(map);
        if (areas.getLayers().length) {
            map.fitBounds(areas.getBounds());
        } else {
            map.setView([22.7, 114.25], 11);
        }
        var marker = null;

        function place(lat, lon) {
            if (!isFinite(lat) || !isFinite(lon)) {
                return;
            }
            if (marker) {
                marker.setLatLng([lat, lon]);
            } else {
                marker = L.circleMarker([lat, lon], POINT).addTo(map);
            }
        }

        map.on('click', function (event) {
            latField.value = event.latlng.lat.toFixed(6);
            lonField.value = event.latlng.lng.toFixed(6);
            place(event.latlng.lat, event.latlng.lng);
        });
        [latField, lonField].forEach(function (field) {
            field.addEventListener('change', function () {
                place(parseFloat(latField.value), parseFloat(lonField.value));
            });
        });
        place(parseFloat(latField.value), parseFloat(lonField.value));
    }

    // Shows only the category groups of the chosen kind (asset or incident).
    function categoriesByKind(kind, categories) {
        function filter() {
            var chosen = categories.selectedOptions[0];
            categories.querySelectorAll('optgroup').forEach(function (group) {
                var shown = group.dataset.kind === kind.value;
                group.hidden = !shown;
                group.disabled = !shown;
            });
            if (chosen && chosen.parentElement.disabled) {
                categories.value = '';
            }
        }
        kind.addEventListener('change', filter);
        filter();
    }

    document.addEventListener('DOMContentLoaded', function () {
        if (window.L) {
            document.querySelectorAll('[data-case-map]').forEach(caseMap);
            document.querySelectorAll('[data-pick-map]').forEach(pickMap);
        }
        var kind = document.getElementById('kind');
        var categories = document.getElementById('categoryCode');
        if (kind && categories) {
            categoriesByKind(kind, categories);
        }
        document.querySelectorAll('select[data-category-select]').forEach(function (kindSelect) {
            var list = document.getElementById(kindSelect.dataset.categorySelect);
            if (list) {
                categoriesByKind(kindSelect, list);
            }
        });
    });
})();
