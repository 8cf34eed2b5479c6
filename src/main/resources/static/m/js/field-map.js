'use strict';
/* Leaflet maps of the app: the configured tiles (if any), the inspector's unit grids, one marker. */
const FieldMap = (() => {
    function create(element, rings) {
        const data = document.body.dataset;
        const [lat, lon] = (data.centre || '22.70,114.25').split(',').map(Number);
        const map = L.map(element, { zoomControl: true }).setView([lat, lon], 16);
        if (data.tileUrl) {
            L.tileLayer(data.tileUrl, { maxZoom: 19, attribution: data.attribution || '' }).addTo(map);
        }
        (rings || []).forEach(grid => {
            if (grid.ring && grid.ring.length > 2) {
                L.polygon(grid.ring, { weight: 1, color: '#1f5f8b', fillOpacity: 0.04, interactive: false }).addTo(map);
            }
        });
        return map;
    }

    function marker(map, existing, lat, lon, colour) {
        if (existing) {
            existing.setLatLng([lat, lon]);
            return existing;
        }
        return L.circleMarker([lat, lon], { radius: 9, color: colour || '#c0392b', weight: 3, fillOpacity: 0.5 })
            .addTo(map);
    }

    /** Metres between two points (haversine). */
    function distance(lat1, lon1, lat2, lon2) {
        const rad = Math.PI / 180;
        const a = Math.sin((lat2 - lat1) * rad / 2) ** 2
            + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
        return 6371008.8 * 2 * Math.asin(Math.sqrt(a));
    }

    /** The register assets near a point, nearest first (online only). */
    async function nearbyAssets(lat, lon, classCode, limit) {
        const d = 0.0006;
        const query = new URLSearchParams({ bbox: [lon - d, lat - d, lon + d, lat + d].join(','), zoom: '18' });
        if (classCode) {
            query.set('class', classCode);
        }
        const features = await FieldTransport.json('/api/v1/map/assets?' + query);
        return (features.features || []).filter(f => f.properties && f.properties.identifier).map(f => ({
            identifier: f.properties.identifier, name: f.properties.name, classCode: f.properties.classCode,
            metres: Math.round(distance(lat, lon, f.geometry.coordinates[1], f.geometry.coordinates[0]))
        })).sort((a, b) => a.metres - b.metres).slice(0, limit || 5);
    }

    return { create, marker, distance, nearbyAssets };
})();
