// Address lookup (geocoding/lookup.html): candidates for the typed address, picked with the
// keyboard or the mouse, fill the coordinates; a click on the pick map fills the address near
// the point unless the operator typed one by hand.
(function () {
    'use strict';

    var DELAY = 250;
    var MAX_LENGTH = 100;

    function lookup(box) {
        var input = document.getElementById(box.dataset.addressField);
        var lat = document.getElementById(box.dataset.latField);
        var lon = document.getElementById(box.dataset.lonField);
        var map = document.getElementById(box.dataset.map);
        var list = box.querySelector('[role="listbox"]');
        var hint = box.querySelector('.address-hint');
        var status = box.querySelector('[role="status"]');
        var candidates = [];
        var active = -1;
        var timer = null;
        var sequence = 0;
        var filled = null;
        var lastPoint = lat.value + ',' + lon.value;

        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('aria-describedby', hint.id);
        input.setAttribute('autocomplete', 'off');

        function announce(text) {
            status.textContent = text;
        }

        function getJson(url) {
            var headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang };
            return fetch(url, { headers: headers, credentials: 'same-origin' })
                .then(function (response) {
                    return response.ok ? response.json() : Promise.reject(response.status);
                });
        }

        function close() {
            list.hidden = true;
            list.textContent = '';
            candidates = [];
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function show(found) {
            close();
            candidates = found;
            found.forEach(function (candidate, i) {
                var item = document.createElement('li');
                item.id = list.id + '-' + i;
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.textContent = candidate.address;
                item.dataset.grid = candidate.grid;
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    pick(i);
                });
                list.appendChild(item);
            });
            list.hidden = found.length === 0;
            input.setAttribute('aria-expanded', String(found.length > 0));
            announce(found.length ? box.dataset.count.replace('{0}', found.length) : box.dataset.none);
        }

        function highlight(i) {
            active = i;
            Array.prototype.forEach.call(list.children, function (item, n) {
                item.setAttribute('aria-selected', String(n === i));
            });
            input.setAttribute('aria-activedescendant', list.id + '-' + i);
            announce(candidates[i].address);
        }

        function pick(i) {
            var candidate = candidates[i];
            input.value = candidate.address;
            filled = input.value;
            lat.value = candidate.lat.toFixed(6);
            lon.value = candidate.lon.toFixed(6);
            lastPoint = lat.value + ',' + lon.value;
            [lat, lon].forEach(function (field) {
                field.dispatchEvent(new Event('change', { bubbles: true }));
            });
            close();
            announce(candidate.address);
        }

        function search() {
            var query = input.value.trim().slice(0, MAX_LENGTH);
            var mine = ++sequence;
            if (!/[\p{L}\p{N}]/u.test(query)) {
                close();
                return;
            }
            getJson(box.dataset.searchUrl + '?q=' + encodeURIComponent(query))
                .then(function (found) {
                    if (mine === sequence && document.activeElement === input) {
                        show(found);
                    }
                })
                .catch(function () {
                    if (mine === sequence) {
                        announce(box.dataset.failed);
                    }
                });
        }

        function reverse() {
            var point = lat.value + ',' + lon.value;
            if (point === lastPoint || !lat.value || !lon.value) {
                return;
            }
            lastPoint = point;
            if (input.value.trim() && input.value !== filled) {
                return;
            }
            getJson(box.dataset.reverseUrl + '?lat=' + encodeURIComponent(lat.value)
                    + '&lon=' + encodeURIComponent(lon.value))
                .then(function (nearby) {
                    if (lastPoint === point && (!input.value.trim() || input.value === filled)) {
                        input.value = nearby.address;
                        filled = input.value;
                        announce(nearby.address);
                    }
                })
                .catch(function () {
                    // A point outside the district has no address: the box stays as it is.
                });
        }

        input.addEventListener('input', function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(search, DELAY);
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                if (event.key === 'ArrowDown' && input.value.trim()) {
                    event.preventDefault();
                    search();
                }
                return;
            }
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                highlight((active + 1) % candidates.length);
            } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                highlight((active - 1 + candidates.length) % candidates.length);
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                pick(active);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                close();
            }
        });
        input.addEventListener('blur', function () {
            sequence++;
            close();
        });
        if (map) {
            map.addEventListener('click', function () {
                window.setTimeout(reverse, 0);
            });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-address-lookup]').forEach(lookup);
    });
})();
