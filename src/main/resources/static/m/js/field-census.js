'use strict';
/*
 * Census mode (普查): propose a new asset, a change or a removal in my work grid through the
 * census API. Online only: a proposal is checked against the register as it is sent.
 */
const FieldCensus = (() => {
    const state = { map: null, marker: null, where: null, started: false };

    function kind() {
        return document.querySelector('input[name=census-kind]:checked').value;
    }

    function message(text) {
        document.getElementById('census-message').textContent = text || '';
    }

    function fill() {
        const classes = (FieldApp.dictionary() || { classes: [] }).classes.filter(entry => entry.kind === 'asset');
        document.getElementById('census-class').replaceChildren(...classes.map(entry => {
            const option = document.createElement('option');
            option.value = entry.code;
            option.textContent = entry.code + ' ' + entry.name;
            return option;
        }));
    }

    function shape() {
        const k = kind();
        document.getElementById('census-class-field').hidden = k !== 'new';
        document.getElementById('census-asset-field').hidden = k === 'new';
        document.getElementById('census-status-field').hidden = k === 'remove';
        if (k !== 'new') assets();
    }

    async function assets() {
        const select = document.getElementById('census-asset');
        if (!state.where || !navigator.onLine) return;
        try {
            const near = await FieldMap.nearbyAssets(state.where.lat, state.where.lng, null, 10);
            select.replaceChildren(...near.map(asset => {
                const option = document.createElement('option');
                option.value = asset.identifier;
                option.textContent = FieldI18n.t('asset.option', asset.identifier, asset.name || '', asset.metres);
                return option;
            }));
        } catch (unavailable) {
            message(FieldI18n.t('census.offline'));
        }
    }

    function place(latlng) {
        state.where = latlng;
        state.marker = FieldMap.marker(state.map, state.marker, latlng.lat, latlng.lng, '#8e44ad');
        document.getElementById('census-position').textContent =
            FieldI18n.t('position.pinned', latlng.lat.toFixed(5), latlng.lng.toFixed(5));
        if (kind() !== 'new') assets();
    }

    async function list() {
        if (!navigator.onLine) return;
        try {
            const proposals = await FieldTransport.json('/api/v1/census');
            document.getElementById('census-list').replaceChildren(...proposals.slice(-20).reverse().map(p => {
                const item = document.createElement('li');
                item.textContent = '#' + p.id + ' · ' + FieldI18n.t('census.kind.' + String(p.kind).toLowerCase()) + ' · '
                    + (p.identifier || p.classCode || '') + ' · ' + FieldI18n.t('census.state.' + String(p.state).toLowerCase());
                return item;
            }));
        } catch (unavailable) {
            // the list waits for the network
        }
    }

    async function submit(event) {
        event.preventDefault();
        if (!navigator.onLine) {
            message(FieldI18n.t('census.offline'));
            return;
        }
        const k = kind();
        if (k === 'new' && !state.where) {
            message(FieldI18n.t('report.refused.position'));
            return;
        }
        const proposal = { kind: k, note: document.getElementById('census-note').value.trim() || null };
        if (k === 'new') {
            Object.assign(proposal, { classCode: document.getElementById('census-class').value,
                latitude: state.where.lat, longitude: state.where.lng });
        } else {
            proposal.identifier = document.getElementById('census-asset').value || null;
        }
        const status = document.getElementById('census-status').value;
        if (k !== 'remove' && status) proposal.status = status;
        else if (k === 'new') proposal.status = 'INTACT';
        try {
            const file = document.getElementById('census-photo').files[0];
            if (file) {
                const body = new FormData();
                body.append('photo', await FieldPhotos.resize(file), 'photo.jpg');
                proposal.photoId = (await FieldTransport.json('/api/v1/census/photos', { method: 'POST', body })).id;
            }
            const created = await FieldTransport.json('/api/v1/census', {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(proposal)
            });
            document.getElementById('census-form').reset();
            shape();
            message(FieldI18n.t('census.sent', created.id));
            list();
        } catch (failure) {
            message(failure instanceof FieldTransport.Refused ? failure.message
                : FieldI18n.t(failure instanceof FieldTransport.SignInNeeded ? 'signin.needed' : 'census.offline'));
        }
    }

    /** Builds the census map on first showing (a hidden Leaflet map has no size). */
    function shown() {
        if (!state.started) {
            state.started = true;
            state.map = FieldMap.create('census-map', (FieldApp.dictionary() || {}).unitGrids);
            state.map.on('click', event => place(event.latlng));
            if (navigator.geolocation) {
                navigator.geolocation.getCurrentPosition(found => {
                    state.map.setView([found.coords.latitude, found.coords.longitude], 18);
                    place(L.latLng(found.coords.latitude, found.coords.longitude));
                }, () => {}, { enableHighAccuracy: true });
            }
        }
        state.map.invalidateSize();
        fill();
        shape();
        list();
    }

    function start() {
        document.querySelectorAll('input[name=census-kind]').forEach(radio => radio.addEventListener('change', shape));
        document.getElementById('census-form').addEventListener('submit', submit);
    }

    return { start, shown };
})();
