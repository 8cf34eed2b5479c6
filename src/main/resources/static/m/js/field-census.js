'use strict';
/*
 * Census mode (普查): propose a new asset, a change or a removal in my work grid through the
 * census API. Online only: a proposal is checked against the register as it is sent, and the
 * tab says so while the phone is offline. The position is the phone's (as on the report form)
 * or a pin placed on the map.
 */
const FieldCensus = (() => {
    const state = { map: null, marker: null, pin: null, started: false };

    function kind() {
        return document.querySelector('input[name=census-kind]:checked').value;
    }

    function message(text) {
        document.getElementById('census-message').textContent = text || '';
    }

    function position() {
        return FieldPosition.of(state.pin);
    }

    /** Says that nothing can be sent while the phone is offline, and takes it back once online. */
    function showNetwork() {
        const offline = FieldI18n.t('census.offline');
        if (!navigator.onLine) message(offline);
        else if (document.getElementById('census-message').textContent === offline) message(null);
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
        const where = position();
        if (!where || !navigator.onLine) return;
        try {
            const near = await FieldMap.nearbyAssets(where.lat, where.lon, null, 10);
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

    function showPosition() {
        const where = position();
        FieldPosition.show(document.getElementById('census-position'), where);
        if (where && state.map) {
            state.marker = FieldMap.marker(state.map, state.marker, where.lat, where.lon, '#8e44ad');
        }
    }

    function place(latlng) {
        state.pin = latlng;
        showPosition();
        if (kind() !== 'new') assets();
    }

    function followDevice() {
        FieldPosition.follow((device, first) => {
            if (state.pin) return;
            showPosition();
            if (first && state.map) state.map.setView([device.lat, device.lon], 18);
            if (first && state.started && kind() !== 'new') assets();
        });
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
        const where = position();
        const refusal = k === 'new' ? FieldPosition.refusal(where) : null;
        if (refusal) {
            message(FieldI18n.t(...refusal));
            return;
        }
        const proposal = { kind: k, note: document.getElementById('census-note').value.trim() || null };
        if (k === 'new') {
            Object.assign(proposal, { classCode: document.getElementById('census-class').value,
                latitude: where.lat, longitude: where.lon });
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
            state.pin = null;
            showPosition();
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
            const where = position();
            if (where) state.map.setView([where.lat, where.lon], 18);
        }
        state.map.invalidateSize();
        showPosition();
        showNetwork();
        fill();
        shape();
        list();
    }

    function start() {
        document.querySelectorAll('input[name=census-kind]').forEach(radio => radio.addEventListener('change', shape));
        document.getElementById('census-form').addEventListener('submit', submit);
        window.addEventListener('online', showNetwork);
        window.addEventListener('offline', showNetwork);
        document.addEventListener('field:language', () => { showPosition(); showNetwork(); });
        followDevice();
    }

    return { start, shown };
})();
