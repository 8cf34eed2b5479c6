// Workstation shell: CSRF header on htmx requests, a visible message when one fails,
// the current page marked in the navigation, and long form submissions shown as under way.
(function () {
    'use strict';

    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function flash(text) {
        var box = document.getElementById('flash');
        if (!box) {
            return;
        }
        box.textContent = text;
        box.hidden = false;
        window.setTimeout(function () { box.hidden = true; }, 8000);
    }

    document.addEventListener('htmx:responseError', function (event) {
        var box = document.getElementById('flash');
        var status = event.detail.xhr ? event.detail.xhr.status : '';
        flash((box ? box.dataset.requestFailed : 'Request failed') + ' (' + status + ')');
    });

    document.addEventListener('htmx:sendError', function () {
        var box = document.getElementById('flash');
        flash(box ? box.dataset.networkFailed : 'Network error');
    });

    // A form doing long work (data-busy="…") says so while the next page is prepared.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.dataset || !form.dataset.busy || event.defaultPrevented) {
            return;
        }
        form.setAttribute('aria-busy', 'true');
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
            button.disabled = true;
            button.textContent = form.dataset.busy;
        });
    });

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.navigation a').forEach(function (link) {
            if (link.pathname === window.location.pathname) {
                link.setAttribute('aria-current', 'page');
            }
        });
    });
})();
