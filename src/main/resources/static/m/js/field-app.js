'use strict';
/*
 * The field app's start: language, sections, the dictionary (kept in IndexedDB, fetched again
 * only when its version changed), the queue view, the duty switch with its position samples,
 * the service worker and the live task events.
 */
const FieldApp = (() => {
    let dictionary = null;

    function user() {
        return document.body.dataset.user;
    }

    async function loadDictionary() {
        dictionary = await FieldStore.get('kv', 'dictionary:' + user()) || null;
        if (!navigator.onLine) return;
        try {
            const headers = dictionary ? { 'If-None-Match': '"' + dictionary.version + '"' } : {};
            const response = await FieldTransport.api('/api/v1/field/dictionary', { headers });
            if (response.status === 200) {
                dictionary = await response.json();
                await FieldStore.put('kv', dictionary, 'dictionary:' + user());
            }
        } catch (unavailable) {
            // the stored dictionary serves until the network returns
        }
    }

    function showView(name) {
        document.querySelectorAll('.view').forEach(view => { view.hidden = view.id !== 'view-' + name; });
        document.querySelectorAll('nav.tabs button').forEach(button => {
            if (button.dataset.view === name) button.setAttribute('aria-current', 'page');
            else button.removeAttribute('aria-current');
        });
        if (name === 'report') FieldReport.invalidateMap();
        if (name === 'census') FieldCensus.shown();
        if (name === 'queue') renderQueue();
    }

    async function renderQueue() {
        const items = await FieldQueue.items();
        const list = document.getElementById('queue-list');
        list.replaceChildren(...items.slice().reverse().slice(0, 50).map(item => {
            const entry = document.createElement('li');
            entry.className = 'queued state-' + item.state;
            entry.dataset.clientId = item.clientId;
            entry.dataset.state = item.state;
            const text = document.createElement('span');
            const caseText = item.caseNumber ? ' · ' + item.caseNumber : '';
            text.textContent = item.filedAt.slice(11, 16) + ' · ' + (item.summary || '') + ' · '
                + FieldI18n.t('queue.state.' + item.state) + caseText;
            entry.append(text);
            if (item.state === 'failed') {
                const reason = document.createElement('p');
                reason.className = 'reason';
                reason.textContent = item.reason || '';
                entry.append(reason);
                if (item.type === 'report') {
                    entry.append(button('queue.correct', 'correct', () => { showView('report'); FieldReport.correct(item); }));
                }
                entry.append(button('queue.drop', 'drop', () => FieldQueue.drop(item.clientId)));
            } else if (item.state === 'sent') {
                entry.append(button('queue.clear', 'clear', () => FieldQueue.drop(item.clientId)));
            }
            return entry;
        }));
        const waiting = items.filter(item => item.state === 'waiting' || item.state === 'sending').length;
        document.querySelector('[data-view=queue]').dataset.count = String(waiting);
    }

    function button(key, action, onClick) {
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'small ' + action;
        element.textContent = FieldI18n.t(key);
        element.addEventListener('click', onClick);
        return element;
    }

    function showNetwork() {
        const net = document.getElementById('net-state');
        net.textContent = FieldI18n.t(navigator.onLine ? 'net.online' : 'net.offline');
        net.classList.toggle('offline', !navigator.onLine);
    }

    function listenForTasks() {
        if (!window.EventSource) return;
        let source = null;
        const open = () => {
            if (source || !navigator.onLine) return;
            source = new EventSource('/api/v1/field/events');
            source.addEventListener('tasks', () => FieldQueue.flush());
            source.onerror = () => {
                source.close();
                source = null;
                setTimeout(open, 30000);
            };
        };
        window.addEventListener('online', open);
        open();
    }

    /** While on duty the position is sampled every 30 s, with the device's time, and sent at the next sync. */
    function duty() {
        const toggle = document.getElementById('on-duty');
        let timer = null;
        const sample = () => navigator.geolocation.getCurrentPosition(found => FieldQueue.addPosition({
            at: FieldQueue.shanghaiNow(), lat: Math.round(found.coords.latitude * 1e6) / 1e6,
            lon: Math.round(found.coords.longitude * 1e6) / 1e6, accuracyMeters: Math.round(found.coords.accuracy)
        }), failure => console.warn('no position sample', failure.code, failure.message),
        { enableHighAccuracy: true, maximumAge: 5000 });
        const set = on => {
            localStorage.setItem('field.onDuty', on ? 'true' : 'false');
            toggle.setAttribute('aria-pressed', String(on));
            toggle.textContent = FieldI18n.t(on ? 'duty.on' : 'duty.off');
            clearInterval(timer);
            timer = null;
            if (on && navigator.geolocation) {
                sample();
                timer = setInterval(sample, 1000 * Number(document.body.dataset.positionInterval || 30));
            }
        };
        toggle.addEventListener('click', () => set(toggle.getAttribute('aria-pressed') !== 'true'));
        document.addEventListener('field:language', () => set(toggle.getAttribute('aria-pressed') === 'true'));
        set(localStorage.getItem('field.onDuty') === 'true');
    }

    async function forgetOtherUser() {
        const last = await FieldStore.get('kv', 'user');
        if (last && last !== user()) {
            await FieldStore.clear('tasks');
            await FieldStore.clear('reports');
        }
        await FieldStore.put('kv', user(), 'user');
    }

    async function start() {
        FieldI18n.apply();
        showNetwork();
        document.getElementById('language').addEventListener('click', () => {
            FieldI18n.toggle();
            showNetwork();
            renderQueue();
        });
        document.querySelectorAll('nav.tabs button').forEach(tab => tab.addEventListener('click', () => showView(tab.dataset.view)));
        window.addEventListener('online', showNetwork);
        window.addEventListener('offline', showNetwork);
        document.addEventListener('field:queue', renderQueue);
        document.addEventListener('field:sync', event => {
            document.getElementById('sign-in-needed').hidden = event.detail !== 'signin';
            document.getElementById('sync-state').textContent = FieldI18n.t('sync.' + event.detail);
        });
        document.getElementById('sync-now').addEventListener('click', () => FieldQueue.flush());
        await forgetOtherUser();
        await loadDictionary();
        FieldReport.start();
        FieldTasks.start();
        FieldCensus.start();
        renderQueue();
        FieldQueue.start();
        duty();
        listenForTasks();
        if ('serviceWorker' in navigator) {
            navigator.serviceWorker.register('/m/sw.js', { scope: '/m/' }).catch(() => {});
        }
        document.body.dataset.ready = 'true';
    }

    document.addEventListener('DOMContentLoaded', start);

    return { dictionary: () => dictionary, showView };
})();
