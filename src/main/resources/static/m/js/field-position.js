'use strict';
/*
 * The phone's position (手机定位), watched once for the whole app and shared by the report form
 * and the census: the latest fix with its accuracy, or why there is none; the words for a
 * position; and whether a position may be sent (a pin placed by hand always may, the phone's
 * only within the accuracy limit).
 */
const FieldPosition = (() => {
    const listeners = [];
    const state = { device: null, failed: false, watching: false };

    function limit() {
        return Number(document.body.dataset.accuracyLimit || 50);
    }

    function tell(first) {
        listeners.forEach(listener => listener(state.device, first));
    }

    /**
     * Watches the phone once. A fix up to 10 s old is taken: asking for a fresh one each time
     * may never be answered while the phone keeps its last fix.
     */
    function watch() {
        if (state.watching) return;
        state.watching = true;
        if (!navigator.geolocation) {
            state.failed = true;
            return;
        }
        navigator.geolocation.watchPosition(found => {
            const first = !state.device;
            state.device = { lat: found.coords.latitude, lon: found.coords.longitude, accuracy: found.coords.accuracy };
            state.failed = false;
            tell(first);
        }, failure => {
            console.warn('no position from the phone', failure.code, failure.message);
            state.failed = true;
            tell(false);
        }, { enableHighAccuracy: true, maximumAge: 10000 });
    }

    /** Calls {@code listener(device, first)} on every fix and failure, and starts watching. */
    function follow(listener) {
        listeners.push(listener);
        watch();
    }

    /** The position to send: the pin (a Leaflet LatLng) where one was placed, else the phone's, else null. */
    function of(pin) {
        const device = state.device;
        if (pin) return { lat: pin.lat, lon: pin.lng, accuracy: device ? device.accuracy : null, pinned: true };
        if (device) return { lat: device.lat, lon: device.lon, accuracy: device.accuracy, pinned: false };
        return null;
    }

    function inaccurate(where) {
        return Boolean(where && !where.pinned && !(where.accuracy <= limit()));
    }

    /** Shows a position in {@code element}, marked as a warning when it may not be sent as it is. */
    function show(element, where) {
        if (!where) {
            element.textContent = FieldI18n.t(state.failed ? 'position.failed' : 'position.none');
        } else if (where.pinned) {
            element.textContent = FieldI18n.t('position.pinned', where.lat.toFixed(5), where.lon.toFixed(5));
        } else if (inaccurate(where)) {
            element.textContent = FieldI18n.t('position.inaccurate', Math.round(where.accuracy), limit());
        } else {
            element.textContent = FieldI18n.t('position.device', Math.round(where.accuracy));
        }
        element.classList.toggle('warn', inaccurate(where) || (!where && state.failed));
    }

    /** Why a position may not be sent, as a message key and its arguments, or null. */
    function refusal(where) {
        if (!where) return ['report.refused.position'];
        if (inaccurate(where)) return ['report.refused.accuracy', Math.round(where.accuracy), limit()];
        return null;
    }

    return { follow, of, show, refusal };
})();
