'use strict';
/*
 * Everything the app sends to the server: the bearer token (exchanged for the page session),
 * the sync batch (in the compact encoding of sync-codec.js) and the resumable photo upload.
 * Errors: Offline (no network), SignInNeeded (session and token both ended),
 * Refused (the server said no, with the problem's reason and field).
 */
const FieldTransport = (() => {
    const CHUNK = 256 * 1024;
    const COMPACT = 'application/vnd.gridloop.sync';

    class Offline extends Error {}
    class SignInNeeded extends Error {}
    class Refused extends Error {
        constructor(reason, field) {
            super(reason);
            this.field = field || null;
        }
    }

    function user() {
        return document.body.dataset.user;
    }

    function csrfHeaders() {
        const token = document.querySelector('meta[name=_csrf]');
        const header = document.querySelector('meta[name=_csrf_header]');
        return token && header ? { [header.content]: token.content } : {};
    }

    async function token(renew) {
        const saved = await FieldStore.get('kv', 'token');
        if (!renew && saved && saved.user === user() && Date.parse(saved.expiresAt) - Date.now() > 10 * 60 * 1000) {
            return saved.token;
        }
        let response;
        try {
            response = await fetch('/session/token', {
                method: 'POST', headers: csrfHeaders(), credentials: 'same-origin', redirect: 'manual'
            });
        } catch (unreachable) {
            throw new Offline();
        }
        if (!response.ok) {
            throw new SignInNeeded();
        }
        const issued = await response.json();
        await FieldStore.put('kv', { user: user(), token: issued.token, expiresAt: issued.expiresAt }, 'token');
        return issued.token;
    }

    async function api(path, options = {}, renewed = false) {
        const headers = Object.assign({ 'Accept-Language': FieldI18n.locale() }, options.headers || {},
            { Authorization: 'Bearer ' + await token(renewed) });
        let response;
        try {
            response = await fetch(path, Object.assign({}, options, { headers, credentials: 'omit' }));
        } catch (unreachable) {
            throw new Offline();
        }
        if (response.status === 401) {
            if (!renewed) {
                return api(path, options, true);
            }
            throw new SignInNeeded();
        }
        return response;
    }

    async function refusal(response) {
        try {
            const problem = await response.json();
            const field = problem.errors && problem.errors[0] ? problem.errors[0].field : problem.field;
            const detail = problem.errors && problem.errors[0] && problem.errors[0].message
                ? problem.errors[0].message : problem.detail || problem.title;
            return new Refused(detail || String(response.status), field);
        } catch (notJson) {
            return new Refused(String(response.status));
        }
    }

    async function json(path, options) {
        const response = await api(path, options);
        if (!response.ok) {
            throw await refusal(response);
        }
        return response.status === 204 ? null : response.json();
    }

    /** One sync batch in the compact encoding (docs/field-sync.md); a refused batch answers a problem in JSON. */
    async function sync(request) {
        const response = await api('/api/v1/field/sync', {
            method: 'POST', headers: { 'Content-Type': COMPACT, Accept: COMPACT }, body: await GridloopSync.encode(request)
        });
        if (!response.ok) {
            throw await refusal(response);
        }
        return GridloopSync.decode(new Uint8Array(await response.arrayBuffer()));
    }

    async function sha256(blob) {
        const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
        return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
    }

    /** Uploads a photo in chunks, resuming where the server stopped; answers the photo id. */
    async function uploadPhoto(blob) {
        const path = '/api/v1/field/photos/' + await sha256(blob);
        const head = await api(path, { method: 'HEAD' });
        if (head.ok && head.headers.get('Photo-Id')) {
            return head.headers.get('Photo-Id');
        }
        let offset = Number(head.headers.get('Upload-Offset') || 0);
        for (;;) {
            const end = Math.min(offset + CHUNK, blob.size);
            const response = await api(path, {
                method: 'PUT',
                headers: { 'Content-Type': blob.type || 'image/jpeg', 'Content-Range': `bytes ${offset}-${end - 1}/${blob.size}` },
                body: blob.slice(offset, end)
            });
            if (response.status === 200 || response.status === 201) {
                const stored = await response.json().catch(() => ({}));
                const id = stored.id || response.headers.get('Photo-Id');
                if (id) {
                    return id;
                }
            } else if (response.status >= 400 && !(response.status === 409 && response.headers.get('Upload-Offset'))) {
                throw await refusal(response);
            }
            const received = response.headers.get('Upload-Offset');
            offset = received === null ? end : Number(received);
            if (end >= blob.size && received === null) {
                throw new Refused(FieldI18n.t('photo.incomplete'));
            }
        }
    }

    return { Offline, SignInNeeded, Refused, api, json, sync, uploadPhoto, token };
})();
