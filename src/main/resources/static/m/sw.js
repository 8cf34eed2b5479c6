'use strict';
/*
 * The field app's service worker: keeps the shell, its scripts and styles, Leaflet and the
 * dictionary, so the app opens without a network. The app's own files are fetched from the
 * network first (so an update arrives at once) and taken from the cache when there is none;
 * Leaflet (a versioned WebJar) comes from the cache first.
 */
const CACHE = 'gridloop-field-2';
const SHELL = ['/m/', '/m/css/field.css', '/m/manifest.webmanifest', '/m/icons/icon-192.png', '/m/icons/icon-512.png',
    '/m/js/sync-codec.js', '/m/js/field-i18n.js', '/m/js/field-store.js', '/m/js/field-transport.js', '/m/js/field-photos.js',
    '/m/js/field-map.js', '/m/js/field-queue.js', '/m/js/field-position.js', '/m/js/field-report.js', '/m/js/field-tasks.js',
    '/m/js/field-census.js', '/m/js/field-app.js',
    '/webjars/leaflet/dist/leaflet.js', '/webjars/leaflet/dist/leaflet.css'];
const OPTIONAL = ['/api/v1/field/dictionary'];

self.addEventListener('install', event => {
    event.waitUntil(caches.open(CACHE).then(cache => Promise.all([cache.addAll(SHELL)]
        .concat(OPTIONAL.map(url => cache.add(url).catch(() => undefined))))).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
    event.waitUntil(caches.keys().then(keys => Promise.all(keys.filter(key => key !== CACHE).map(key => caches.delete(key))))
        .then(() => self.clients.claim()));
});

function networkFirst(request, key) {
    return fetch(request).then(response => {
        if (response.ok && response.type === 'basic' && !response.redirected) {
            const copy = response.clone();
            caches.open(CACHE).then(cache => cache.put(key || request, copy));
        }
        return response;
    }).catch(() => caches.match(key || request).then(cached => cached || Response.error()));
}

function cacheFirst(request) {
    return caches.match(request).then(cached => cached || networkFirst(request));
}

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    if (request.mode === 'navigate' && (url.pathname === '/m/' || url.pathname === '/m')) {
        event.respondWith(networkFirst(request, '/m/'));
    } else if (url.pathname.startsWith('/webjars/leaflet/')) {
        event.respondWith(cacheFirst(request));
    } else if (url.pathname.startsWith('/m/') || url.pathname === '/api/v1/field/dictionary') {
        event.respondWith(networkFirst(request));
    }
});
