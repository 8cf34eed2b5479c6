// Sorts a scorecard's rows by a column when its header is pressed (again: the other way round).
// The roll-ups and the total stay where they are.
document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll('thead button.sort').forEach(function (button, index) {
        button.addEventListener('click', function () {
            var descending = button.getAttribute('aria-sort') !== 'descending';
            table.querySelectorAll('thead th').forEach(function (th) { th.removeAttribute('aria-sort'); });
            table.querySelectorAll('thead button.sort').forEach(function (b) { b.removeAttribute('aria-sort'); });
            button.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            button.parentElement.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
                var x = a.cells[index].getAttribute('data-value') || '';
                var y = b.cells[index].getAttribute('data-value') || '';
                var nx = parseFloat(x), ny = parseFloat(y);
                var order;
                if (x === '' || y === '') {
                    order = x === y ? 0 : (x === '' ? 1 : -1);
                    return order;
                }
                order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, document.documentElement.lang);
                return descending ? -order : order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
        });
    });
});
