'use strict';
/*
 * My tasks (核实 verification, 核查 check) as last synced, with their lights and due times, a map
 * to the spot and the result form; results are queued like reports. Also my reports and their status.
 */
const FieldTasks = (() => {
    const OUTCOMES = { verification: ['CONFIRMED', 'NOT_FOUND'], check: ['PASSED', 'FAILED'] };
    const state = { open: null, photos: [], ready: Promise.resolve(), map: null, marker: null, done: new Set() };

    function user() {
        return document.body.dataset.user;
    }

    function due(text) {
        if (!text) return '';
        const d = new Date(text);
        return d.toLocaleString(FieldI18n.locale(), { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit' });
    }

    async function render() {
        const queued = (await FieldQueue.items()).filter(item => item.type === 'result' && item.state !== 'failed')
            .map(item => item.payload.caseNumber + '/' + (item.payload.action === 'verify' ? 'verification' : 'check'));
        const tasks = (await FieldStore.all('tasks')).filter(task => task.owner === user())
            .filter(task => !queued.includes(task.key))
            .sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)));
        const list = document.getElementById('task-list');
        if (!tasks.length) {
            const empty = document.createElement('li');
            empty.className = 'empty';
            empty.textContent = FieldI18n.t('tasks.none');
            list.replaceChildren(empty);
        } else {
            list.replaceChildren(...tasks.map(task => {
                const item = document.createElement('li');
                const open = document.createElement('button');
                open.type = 'button';
                open.className = 'task';
                open.dataset.case = task.caseNumber;
                open.dataset.task = task.task;
                const light = document.createElement('span');
                light.className = 'light light-' + (task.light || 'none');
                light.setAttribute('aria-label', FieldI18n.t('light.' + (task.light || 'none')));
                const text = document.createElement('span');
                text.textContent = FieldI18n.t('task.' + task.task) + ' · ' + task.caseNumber + ' · '
                    + (task.categoryName || task.categoryCode || '') + ' · ' + FieldI18n.t('task.due', due(task.dueAt));
                open.append(light, text);
                open.addEventListener('click', () => show(task));
                item.append(open);
                return item;
            }));
        }
        document.querySelector('[data-view=tasks]').dataset.count = String(tasks.length);
        renderReports();
    }

    async function renderReports() {
        const reports = (await FieldStore.all('reports')).filter(report => report.owner === user())
            .sort((a, b) => String(b.filedAt).localeCompare(String(a.filedAt)));
        document.getElementById('my-reports').replaceChildren(...reports.map(report => {
            const item = document.createElement('li');
            item.dataset.case = report.caseNumber || '';
            item.textContent = (report.caseNumber || '') + ' · ' + (report.summary || '') + ' · '
                + FieldI18n.t('status.' + String(report.status || 'reported').toUpperCase().replace(/-/g, '_'));
            return item;
        }));
    }

    function show(task) {
        state.open = task;
        const form = document.getElementById('task-form');
        form.hidden = false;
        document.getElementById('task-list').hidden = true;
        document.getElementById('task-title').textContent = FieldI18n.t('task.' + task.task) + ' · ' + task.caseNumber;
        document.getElementById('task-details').textContent = [task.categoryName, task.address, task.description,
            FieldI18n.t('task.due', due(task.dueAt))].filter(Boolean).join(' · ');
        const outcomes = document.getElementById('task-outcomes');
        outcomes.querySelectorAll('label').forEach(label => label.remove());
        OUTCOMES[task.task].forEach((outcome, index) => {
            const label = document.createElement('label');
            const radio = document.createElement('input');
            radio.type = 'radio';
            radio.name = 'outcome';
            radio.value = outcome;
            radio.checked = index === 0;
            label.append(radio, ' ' + FieldI18n.t('outcome.' + outcome));
            outcomes.append(label);
        });
        if (!state.map) {
            state.map = FieldMap.create('task-map', (FieldApp.dictionary() || {}).unitGrids);
        }
        state.map.invalidateSize();
        if (task.lat && task.lon) {
            state.marker = FieldMap.marker(state.map, state.marker, task.lat, task.lon, '#d35400');
            state.map.setView([task.lat, task.lon], 17);
        }
        document.getElementById('task-message').textContent = '';
    }

    function close() {
        state.open = null;
        state.photos = [];
        document.getElementById('task-form').reset();
        document.getElementById('task-form').hidden = true;
        document.getElementById('task-list').hidden = false;
        FieldPhotos.show([], document.getElementById('task-photo-previews'));
    }

    async function submit(event) {
        event.preventDefault();
        await state.ready;
        const task = state.open;
        const outcome = document.querySelector('#task-outcomes input[name=outcome]:checked');
        if (!task || !outcome) return;
        const payload = {
            clientId: FieldQueue.clientId('r'), caseNumber: task.caseNumber,
            action: task.task === 'verification' ? 'verify' : 'check', outcome: outcome.value,
            note: document.getElementById('task-note').value.trim(), at: FieldQueue.shanghaiNow()
        };
        await FieldQueue.add('result', payload, state.photos, [],
            FieldI18n.t('task.' + task.task) + ' ' + task.caseNumber + ' · ' + FieldI18n.t('outcome.' + outcome.value));
        close();
        render();
    }

    function start() {
        document.getElementById('task-form').addEventListener('submit', submit);
        document.getElementById('task-cancel').addEventListener('click', close);
        document.getElementById('task-photos').addEventListener('change', event => {
            state.ready = FieldPhotos.fromInput(event.target, document.getElementById('task-photo-previews'), 6)
                .then(blobs => { state.photos = blobs; });
        });
        document.addEventListener('field:synced', render);
        document.addEventListener('field:queue', render);
        document.addEventListener('field:language', render);
        render();
    }

    return { start, render };
})();
