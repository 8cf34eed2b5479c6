'use strict';
/*
 * The offline queue: reports and task results wait in IndexedDB, each with the clientId it got
 * when it was filed (kept on every retry, so the server takes it once). They are sent in the
 * order they were filed, in one sync batch, when the network is there: at start, on the
 * online event, on a timer and when the server announces task changes. The position samples
 * taken on duty ride along in the same batch.
 * Item states: waiting, sending, sent (with the case number), failed (with the reason).
 */
const FieldQueue = (() => {
    const RETRY_MS = 30 * 1000;
    const MAX_POSITIONS = 5000;
    const BATCH = 200;
    const MAX_KEPT_POSITIONS = 20000;
    let running = null;
    let again = false;
    let sequence = 0;

    function user() {
        return document.body.dataset.user;
    }

    function clientId(prefix) {
        return prefix + '-' + crypto.randomUUID();
    }

    function shanghaiNow() {
        return new Date(Date.now() + 8 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, '+08:00');
    }

    async function items() {
        return (await FieldStore.all('queue')).filter(item => item.owner === user()).sort((a, b) => a.seq - b.seq);
    }

    /** Queues an item: type report or result; photos are Blobs, uploaded before the batch. */
    async function add(type, payload, photos, afterPhotos, summary) {
        const item = {
            clientId: payload.clientId, type, seq: Date.now() * 1000 + (sequence++ % 1000), owner: user(),
            state: 'waiting', payload, summary, photos: photos.map(blob => ({ blob, id: null })),
            afterPhotos: (afterPhotos || []).map(blob => ({ blob, id: null })),
            caseNumber: null, reason: null, field: null, filedAt: shanghaiNow()
        };
        await FieldStore.put('queue', item);
        changed();
        flush();
        return item;
    }

    async function drop(id) {
        await FieldStore.remove('queue', id);
        changed();
    }

    function changed() {
        document.dispatchEvent(new CustomEvent('field:queue'));
    }

    function status(key) {
        document.dispatchEvent(new CustomEvent('field:sync', { detail: key }));
    }

    /** Sends what waits (and asks for task changes); one run at a time, a call during a run runs again after. */
    function flush() {
        if (running) {
            again = true;
            return running;
        }
        running = run().finally(() => {
            running = null;
            if (again) {
                again = false;
                flush();
            }
        });
        return running;
    }

    async function uploadAll(item) {
        for (const photo of item.photos.concat(item.afterPhotos)) {
            if (!photo.id) {
                photo.id = await FieldTransport.uploadPhoto(photo.blob);
                await FieldStore.put('queue', item);
            }
        }
    }

    function requestOf(item) {
        const body = Object.assign({}, item.payload, { photos: item.photos.map(photo => photo.id) });
        if (item.type === 'report') {
            body.afterPhotos = item.afterPhotos.map(photo => photo.id);
        }
        return body;
    }

    async function run() {
        if (!navigator.onLine) {
            status('offline');
            return;
        }
        status('sending');
        const waiting = (await items()).filter(item => item.state === 'waiting' || item.state === 'sending');
        const pending = waiting.slice(0, BATCH);
        again = again || waiting.length > BATCH;
        const batch = [];
        try {
            for (const item of pending) {
                item.state = 'sending';
                await FieldStore.put('queue', item);
                changed();
                try {
                    await uploadAll(item);
                    batch.push(item);
                } catch (refused) {
                    if (!(refused instanceof FieldTransport.Refused)) {
                        throw refused;
                    }
                    Object.assign(item, { state: 'failed', reason: refused.message, field: 'photos' });
                    await FieldStore.put('queue', item);
                }
            }
            const positions = ((await FieldStore.get('kv', 'positions:' + user())) || []).slice(0, MAX_POSITIONS);
            const request = {
                cursor: (await FieldStore.get('kv', 'cursor:' + user())) || 0,
                reports: batch.filter(item => item.type === 'report').map(requestOf),
                results: batch.filter(item => item.type === 'result').map(requestOf),
                positions
            };
            const response = await FieldTransport.sync(request);
            await forgetPositions(positions.length);
            await answer(batch, response);
            status('synced');
        } catch (failure) {
            for (const item of pending.filter(p => p.state === 'sending')) {
                item.state = 'waiting';
                await FieldStore.put('queue', item);
            }
            if (failure instanceof FieldTransport.SignInNeeded) {
                status('signin');
            } else if (failure instanceof FieldTransport.Offline) {
                status('offline');
            } else {
                status('error');
                console.warn('sync failed', failure);
            }
        }
        changed();
    }

    /** Keeps a position sample taken while on duty until a sync has carried it. */
    async function addPosition(sample) {
        const key = 'positions:' + user();
        const samples = (await FieldStore.get('kv', key)) || [];
        samples.push(sample);
        await FieldStore.put('kv', samples.slice(-MAX_KEPT_POSITIONS), key);
    }

    /** Every sample sent was answered (accepted, a repeat, or refused with its reason): none is sent again. */
    async function forgetPositions(count) {
        const key = 'positions:' + user();
        const samples = (await FieldStore.get('kv', key)) || [];
        await FieldStore.put('kv', samples.slice(count), key);
    }

    async function answer(batch, response) {
        const answers = new Map((response.items || []).map(entry => [entry.clientId, entry]));
        for (const item of batch) {
            const entry = answers.get(item.clientId);
            if (!entry) {
                item.state = 'waiting';
            } else if (entry.state === 'refused') {
                Object.assign(item, { state: 'failed', reason: entry.reason, field: entry.field });
            } else {
                Object.assign(item, { state: 'sent', caseNumber: entry.caseNumber, reason: null, field: null });
                item.photos.concat(item.afterPhotos).forEach(photo => { photo.blob = null; });
                if (item.type === 'report') {
                    await FieldStore.put('reports', {
                        clientId: item.clientId, caseNumber: entry.caseNumber, status: null,
                        summary: item.summary, filedAt: item.filedAt, owner: user()
                    });
                }
            }
            await FieldStore.put('queue', item);
        }
        for (const task of response.tasks || []) {
            const key = task.caseNumber + '/' + task.task;
            if (task.state === 'open') {
                await FieldStore.put('tasks', Object.assign({ key, owner: user() }, task));
            } else {
                await FieldStore.remove('tasks', key);
            }
        }
        for (const report of response.reports || []) {
            const mine = await FieldStore.get('reports', report.clientId);
            await FieldStore.put('reports', Object.assign(mine || { clientId: report.clientId, owner: user() },
                { caseNumber: report.caseNumber, status: report.status }));
        }
        if (response.cursor !== undefined && response.cursor !== null) {
            await FieldStore.put('kv', response.cursor, 'cursor:' + user());
        }
        document.dispatchEvent(new CustomEvent('field:synced'));
    }

    function start() {
        window.addEventListener('online', () => flush());
        window.addEventListener('offline', () => status('offline'));
        setInterval(() => flush(), RETRY_MS);
        flush();
    }

    return { add, drop, items, flush, start, clientId, shanghaiNow, addPosition };
})();
