'use strict';
/*
 * The phone's own store (IndexedDB): the queue of reports and results, the tasks and the own
 * reports as last synced, and small values (dictionary, cursor, token).
 */
const FieldStore = (() => {
    let opened = null;

    function open() {
        if (!opened) {
            opened = new Promise((resolve, reject) => {
                const request = indexedDB.open('gridloop-field', 1);
                request.onupgradeneeded = () => {
                    const db = request.result;
                    db.createObjectStore('queue', { keyPath: 'clientId' });
                    db.createObjectStore('tasks', { keyPath: 'key' });
                    db.createObjectStore('reports', { keyPath: 'clientId' });
                    db.createObjectStore('kv');
                };
                request.onsuccess = () => resolve(request.result);
                request.onerror = () => reject(request.error);
            });
        }
        return opened;
    }

    async function run(store, mode, work) {
        const db = await open();
        return new Promise((resolve, reject) => {
            const transaction = db.transaction(store, mode);
            const request = work(transaction.objectStore(store));
            transaction.oncomplete = () => resolve(request ? request.result : undefined);
            transaction.onerror = () => reject(transaction.error);
            transaction.onabort = () => reject(transaction.error);
        });
    }

    return {
        get: (store, key) => run(store, 'readonly', s => s.get(key)),
        all: store => run(store, 'readonly', s => s.getAll()),
        put: (store, value, key) => run(store, 'readwrite', s => key === undefined ? s.put(value) : s.put(value, key)),
        remove: (store, key) => run(store, 'readwrite', s => s.delete(key)),
        clear: store => run(store, 'readwrite', s => s.clear())
    };
})();
