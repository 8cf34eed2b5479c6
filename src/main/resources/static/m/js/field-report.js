'use strict';
/*
 * The report form (上报): kind and class (searched by name, code or pinyin initials; favourites,
 * then recent ones first), photos, the position (device with its accuracy, or a pin placed by
 * hand), address, nearby assets, description, urgency and self-handling.
 */
const FieldReport = (() => {
    const MAX_PHOTOS = 6;
    const form = () => document.getElementById('report-form');
    const state = { category: null, photos: [], afterPhotos: [], pin: null, map: null, marker: null,
        addressTyped: false, replacing: null, ready: Promise.resolve() };

    function remembered(name) {
        try {
            return JSON.parse(localStorage.getItem(name) || '[]');
        } catch (broken) {
            return [];
        }
    }

    function keyOf(entry) {
        return entry.kind + ':' + entry.code;
    }

    function kind() {
        return form().querySelector('input[name=kind]:checked').value;
    }

    /** Classes of the kind matching the query, favourites first, then recent ones, then by code. */
    function matches(query) {
        const dictionary = FieldApp.dictionary();
        const q = query.trim().toLowerCase();
        const favourites = remembered('field.favourites');
        const recent = remembered('field.recent');
        const rank = entry => {
            const key = keyOf(entry);
            if (favourites.includes(key)) return favourites.indexOf(key);
            if (recent.includes(key)) return 100 + recent.indexOf(key);
            return 1000;
        };
        return (dictionary ? dictionary.classes : []).filter(entry => entry.kind === kind()).filter(entry => !q
                || entry.name.toLowerCase().includes(q) || entry.code.startsWith(q)
                || (entry.initials || '').startsWith(q) || (entry.nameEn || '').toLowerCase().includes(q))
            .sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code)).slice(0, 30);
    }

    function renderChoices() {
        const list = document.getElementById('category-list');
        const favourites = remembered('field.favourites');
        list.replaceChildren(...matches(document.getElementById('category-search').value).map(entry => {
            const item = document.createElement('li');
            const choose = document.createElement('button');
            choose.type = 'button';
            choose.className = 'option';
            choose.setAttribute('role', 'option');
            choose.dataset.code = entry.code;
            choose.textContent = entry.code + ' ' + entry.name + (FieldI18n.language === 'en' && entry.nameEn
                ? ' (' + entry.nameEn + ')' : '');
            choose.addEventListener('click', () => select(entry));
            const star = document.createElement('button');
            star.type = 'button';
            star.className = 'star';
            const favourite = favourites.includes(keyOf(entry));
            star.textContent = favourite ? '★' : '☆';
            star.setAttribute('aria-pressed', String(favourite));
            star.setAttribute('aria-label', FieldI18n.t('category.favourite', entry.name));
            star.addEventListener('click', () => toggleFavourite(entry));
            item.append(choose, star);
            return item;
        }));
    }

    function toggleFavourite(entry) {
        const favourites = remembered('field.favourites');
        const key = keyOf(entry);
        const next = favourites.includes(key) ? favourites.filter(k => k !== key) : [key].concat(favourites);
        localStorage.setItem('field.favourites', JSON.stringify(next));
        renderChoices();
    }

    function select(entry) {
        state.category = entry;
        const recent = [keyOf(entry)].concat(remembered('field.recent').filter(k => k !== keyOf(entry))).slice(0, 10);
        localStorage.setItem('field.recent', JSON.stringify(recent));
        document.getElementById('category-chosen').textContent = FieldI18n.t('category.chosen', entry.code, entry.name);
        document.getElementById('category-list').replaceChildren();
        loadAssets();
    }

    function position() {
        return FieldPosition.of(state.pin);
    }

    function showPosition() {
        const where = position();
        FieldPosition.show(document.getElementById('position-state'), where);
        if (where && state.map) {
            state.marker = FieldMap.marker(state.map, state.marker, where.lat, where.lon);
        }
    }

    function placePin(latlng) {
        state.pin = latlng;
        showPosition();
        lookUpAddress();
        loadAssets();
    }

    async function lookUpAddress() {
        const where = position();
        if (!where || !navigator.onLine || state.addressTyped) return;
        try {
            const near = await FieldTransport.json('/api/v1/geocode/reverse?lat=' + where.lat + '&lon=' + where.lon);
            if (!state.addressTyped && near) {
                document.getElementById('report-address').value = near.address || '';
            }
        } catch (unavailable) {
            // the address stays as typed; it is optional
        }
    }

    async function loadAssets() {
        const field = document.getElementById('asset-field');
        const select = document.getElementById('report-asset');
        const where = position();
        field.hidden = kind() !== 'asset';
        select.querySelectorAll('option[data-asset]').forEach(option => option.remove());
        if (field.hidden || !where || !state.category || !navigator.onLine) return;
        try {
            const assets = await FieldMap.nearbyAssets(where.lat, where.lon, state.category.code, 5);
            assets.forEach(asset => {
                const option = document.createElement('option');
                option.value = asset.identifier;
                option.dataset.asset = 'true';
                option.textContent = FieldI18n.t('asset.option', asset.identifier, asset.name || '', asset.metres);
                select.append(option);
            });
        } catch (unavailable) {
            // without the network no register assets are offered; the server takes the nearest one
        }
    }

    function followDevice() {
        FieldPosition.follow((device, first) => {
            if (state.pin) return;
            showPosition();
            if (first && state.map) state.map.setView([device.lat, device.lon], 17);
            if (first) {
                lookUpAddress();
                loadAssets();
            }
        });
    }

    function message(key, ...args) {
        document.getElementById('report-message').textContent = key ? FieldI18n.t(key, ...args) : '';
    }

    function problem() {
        const where = position();
        const selfHandled = document.getElementById('report-self-handled').checked;
        if (!state.category) return ['report.refused.category'];
        if (state.photos.length < 1 || state.photos.length > MAX_PHOTOS) return ['report.refused.photos', MAX_PHOTOS];
        if (selfHandled && (state.afterPhotos.length < 1 || state.afterPhotos.length > MAX_PHOTOS)) {
            return ['report.refused.afterPhotos', MAX_PHOTOS];
        }
        return FieldPosition.refusal(where);
    }

    async function submit(event) {
        event.preventDefault();
        await state.ready;
        const refusal = problem();
        if (refusal) {
            message(...refusal);
            return;
        }
        const where = position();
        const selfHandled = document.getElementById('report-self-handled').checked;
        const payload = {
            clientId: FieldQueue.clientId('c'), kind: kind(), categoryCode: state.category.code,
            lat: Math.round(where.lat * 1e6) / 1e6, lon: Math.round(where.lon * 1e6) / 1e6,
            accuracyMeters: where.accuracy === null ? null : Math.round(where.accuracy), pinned: where.pinned,
            address: document.getElementById('report-address').value.trim() || null,
            description: document.getElementById('report-description').value.trim(),
            urgent: document.getElementById('report-urgent').checked,
            assetIdentifier: kind() === 'asset' ? document.getElementById('report-asset').value || null : null,
            selfHandled, reportedAt: FieldQueue.shanghaiNow()
        };
        const summary = state.category.code + ' ' + state.category.name;
        if (state.replacing) {
            await FieldQueue.drop(state.replacing);
        }
        await FieldQueue.add('report', payload, state.photos, selfHandled ? state.afterPhotos : [], summary);
        reset();
        message('report.queued');
    }

    function reset() {
        form().reset();
        Object.assign(state, { category: null, photos: [], afterPhotos: [], pin: null, addressTyped: false, replacing: null });
        document.getElementById('category-chosen').textContent = '';
        document.getElementById('after-photos-field').hidden = true;
        FieldPhotos.show([], document.getElementById('report-photo-previews'));
        FieldPhotos.show([], document.getElementById('report-after-previews'));
        renderChoices();
        showPosition();
        loadAssets();
    }

    /** Opens a refused item in the form for correcting; sending it replaces the item. */
    function correct(item) {
        reset();
        const p = item.payload;
        form().querySelector('input[name=kind][value=' + p.kind + ']').checked = true;
        const entry = FieldApp.dictionary().classes.find(c => c.kind === p.kind && c.code === p.categoryCode);
        if (entry) select(entry);
        state.photos = item.photos.map(photo => photo.blob).filter(Boolean);
        state.afterPhotos = item.afterPhotos.map(photo => photo.blob).filter(Boolean);
        FieldPhotos.show(state.photos, document.getElementById('report-photo-previews'));
        FieldPhotos.show(state.afterPhotos, document.getElementById('report-after-previews'));
        document.getElementById('report-self-handled').checked = p.selfHandled;
        document.getElementById('after-photos-field').hidden = !p.selfHandled;
        if (p.pinned) state.pin = L.latLng(p.lat, p.lon);
        document.getElementById('report-address').value = p.address || '';
        state.addressTyped = Boolean(p.address);
        document.getElementById('report-description').value = p.description || '';
        document.getElementById('report-urgent').checked = p.urgent;
        state.replacing = item.clientId;
        showPosition();
        message(null);
        if (item.reason) document.getElementById('report-message').textContent = item.reason;
    }

    function start() {
        const dictionary = FieldApp.dictionary();
        state.map = FieldMap.create('report-map', dictionary ? dictionary.unitGrids : []);
        state.map.on('click', event => placePin(event.latlng));
        document.getElementById('pin-here').addEventListener('click', () => placePin(state.map.getCenter()));
        document.getElementById('use-device').addEventListener('click', () => {
            state.pin = null;
            showPosition();
            lookUpAddress();
        });
        document.getElementById('category-search').addEventListener('input', renderChoices);
        form().querySelectorAll('input[name=kind]').forEach(radio => radio.addEventListener('change', () => {
            state.category = null;
            document.getElementById('category-chosen').textContent = '';
            renderChoices();
            loadAssets();
        }));
        document.getElementById('report-photos').addEventListener('change', event => {
            state.ready = state.ready.then(() => FieldPhotos.fromInput(event.target,
                document.getElementById('report-photo-previews'), MAX_PHOTOS)).then(blobs => { state.photos = blobs; });
        });
        document.getElementById('report-after-photos').addEventListener('change', event => {
            state.ready = state.ready.then(() => FieldPhotos.fromInput(event.target,
                document.getElementById('report-after-previews'), MAX_PHOTOS)).then(blobs => { state.afterPhotos = blobs; });
        });
        document.getElementById('report-self-handled').addEventListener('change', event => {
            document.getElementById('after-photos-field').hidden = !event.target.checked;
        });
        document.getElementById('report-address').addEventListener('input', () => { state.addressTyped = true; });
        form().addEventListener('submit', submit);
        document.addEventListener('field:language', () => { renderChoices(); showPosition(); });
        renderChoices();
        showPosition();
        followDevice();
    }

    return { start, correct, invalidateMap: () => state.map && state.map.invalidateSize() };
})();
