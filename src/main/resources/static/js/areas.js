// The map of the administrative areas page: the boundaries of the current revision from the
// export, subdistricts bold and communities thin, each named in a tooltip (text, never HTML);
// opening a subdistrict in the tree zooms the map to it.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var element = document.getElementById('area-map');
        if (!element || typeof L === 'undefined') {
            return;
        }
        var shapes = {};
        var map = L.map(element, { attributionControl: false, keyboard: true, zoomSnap: 0.25 });
        fetch(element.dataset.source, { headers: { Accept: 'application/geo+json' } })
            .then(function (response) { return response.json(); })
            .then(function (collection) {
                var weights = { district: 3, subdistrict: 2, community: 1 };
                var layer = L.geoJSON(collection, {
                    style: function (feature) {
                        var level = feature.properties.level;
                        return { weight: weights[level] || 1, color: level === 'community' ? '#5a7fa8' : '#1f3b5c',
                            fillOpacity: level === 'community' ? 0.08 : 0 };
                    },
                    onEachFeature: function (feature, shape) {
                        shapes[feature.properties.code] = shape;
                        var label = document.createElement('span');
                        label.textContent = feature.properties.code + ' ' + feature.properties.name;
                        shape.bindTooltip(label, { sticky: true });
                    }
                }).addTo(map);
                if (layer.getBounds().isValid()) {
                    map.fitBounds(layer.getBounds());
                }
                element.dataset.features = String(collection.features.length);
                // Opening a subdistrict in the tree (click, Enter or Space) shows it on the map.
                document.querySelectorAll('#area-tree details[id^="area-"]').forEach(function (details) {
                    details.addEventListener('toggle', function () {
                        var shape = shapes[details.id.substring('area-'.length)];
                        if (details.open && shape) {
                            map.fitBounds(shape.getBounds());
                            element.dataset.focus = details.id.substring('area-'.length);
                        }
                    });
                });
            });
    });
}());
