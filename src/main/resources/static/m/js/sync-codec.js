/*
 * The compact sync encoding application/vnd.gridloop.sync, version 1 (docs/field-sync.md):
 * GridloopSync.encode(request) -> Promise<Uint8Array> and GridloopSync.decode(bytes) ->
 * Promise<response>, over the same model as the JSON encoding of POST /api/v1/field/sync.
 */
(function (global) {
  'use strict';

  var VERSION = 1;
  var REQUEST = 1;
  var RESPONSE = 2;
  var MAX_LIST = 10000;
  var COUNTED = /^([\s\S]*?)([1-9][0-9]{0,17})$/;
  var STATES = ['accepted', 'duplicate', 'refused'];
  var utf8 = new TextEncoder();
  var strictUtf8 = new TextDecoder('utf-8', { fatal: true });

  function Writer() {
    this.bytes = [];
    this.dictionary = new Map();
    this.counters = new Map();
    this.time = 0;
    this.lat = 0;
    this.lon = 0;
  }

  Writer.prototype.unsigned = function (value) {
    var rest = value;
    while (rest >= 128) {
      this.bytes.push((rest % 128) | 128);
      rest = Math.floor(rest / 128);
    }
    this.bytes.push(rest);
  };
  Writer.prototype.signed = function (value) {
    this.unsigned(value >= 0 ? value * 2 : -value * 2 - 1);
  };
  Writer.prototype.bigSigned = function (value) {
    var zigzag = value >= 0n ? value * 2n : -value * 2n - 1n;
    while (zigzag >= 128n) {
      this.bytes.push(Number(zigzag % 128n) | 128);
      zigzag = zigzag / 128n;
    }
    this.bytes.push(Number(zigzag));
  };
  Writer.prototype.string = function (value) {
    if (value === null || value === undefined) {
      this.unsigned(0);
      return;
    }
    var text = String(value);
    if (this.dictionary.has(text)) {
      this.unsigned(this.dictionary.get(text) + 2);
      return;
    }
    var encoded = utf8.encode(text);
    this.unsigned(1);
    this.unsigned(encoded.length);
    for (var i = 0; i < encoded.length; i++) {
      this.bytes.push(encoded[i]);
    }
    this.dictionary.set(text, this.dictionary.size);
  };
  Writer.prototype.strings = function (values) {
    var list = values || [];
    this.unsigned(list.length);
    for (var i = 0; i < list.length; i++) {
      this.string(list[i]);
    }
  };
  Writer.prototype.identifier = function (value) {
    if (value === null || value === undefined) {
      this.unsigned(0);
      return;
    }
    var text = String(value);
    var counted = COUNTED.exec(text);
    if (!counted) {
      this.unsigned(1);
      this.string(text);
      return;
    }
    var prefix = counted[1];
    var counter = BigInt(counted[2]);
    this.unsigned(2);
    this.string(prefix);
    this.bigSigned(counter - (this.counters.has(prefix) ? this.counters.get(prefix) : 0n));
    this.counters.set(prefix, counter);
  };
  Writer.prototype.at = function (iso) {
    var millis = Date.parse(iso);
    if (isNaN(millis)) {
      throw new Error('not a time: ' + iso);
    }
    var seconds = Math.floor(millis / 1000);
    this.signed(seconds - this.time);
    this.time = seconds;
  };
  Writer.prototype.latitude = function (degrees) {
    var micro = Math.round(degrees * 1e6);
    this.signed(micro - this.lat);
    this.lat = micro;
  };
  Writer.prototype.longitude = function (degrees) {
    var micro = Math.round(degrees * 1e6);
    this.signed(micro - this.lon);
    this.lon = micro;
  };
  Writer.prototype.accuracy = function (meters) {
    this.unsigned(Math.ceil(meters));
  };

  function Reader(bytes, offsetMinutes) {
    this.bytes = bytes;
    this.position = 0;
    this.dictionary = [];
    this.counters = new Map();
    this.time = 0;
    this.lat = 0;
    this.lon = 0;
    this.offsetMinutes = offsetMinutes || 0;
  }

  function corrupt(message) {
    var error = new Error('corrupt sync message: ' + message);
    error.name = 'CorruptMessage';
    return error;
  }

  Reader.prototype.raw = function () {
    if (this.position >= this.bytes.length) {
      throw corrupt('the message ends early at byte ' + this.position);
    }
    return this.bytes[this.position++];
  };
  Reader.prototype.unsigned = function () {
    var value = 0;
    var scale = 1;
    for (var i = 0; i < 8; i++) {
      var b = this.raw();
      value += (b & 127) * scale;
      if ((b & 128) === 0) {
        if (value > Number.MAX_SAFE_INTEGER) {
          break;
        }
        return value;
      }
      scale *= 128;
    }
    throw corrupt('a varint is too long at byte ' + this.position);
  };
  Reader.prototype.signed = function () {
    var zigzag = this.unsigned();
    return zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
  };
  Reader.prototype.bigSigned = function () {
    var value = 0n;
    var shift = 0n;
    for (var i = 0; i < 10; i++) {
      var b = this.raw();
      value |= BigInt(b & 127) << shift;
      if ((b & 128) === 0) {
        return value % 2n === 0n ? value / 2n : -(value + 1n) / 2n;
      }
      shift += 7n;
    }
    throw corrupt('a varint is too long at byte ' + this.position);
  };
  Reader.prototype.bounded = function (max, what) {
    var value = this.unsigned();
    if (value > max) {
      throw corrupt(what + ' ' + value + ' exceeds ' + max);
    }
    return value;
  };
  Reader.prototype.string = function () {
    var tag = this.unsigned();
    if (tag === 0) {
      return null;
    }
    if (tag === 1) {
      var length = this.bounded(this.bytes.length - this.position, 'a string length');
      var value;
      try {
        value = strictUtf8.decode(this.bytes.subarray(this.position, this.position + length));
      } catch (e) {
        throw corrupt('a string is not UTF-8 at byte ' + this.position);
      }
      this.position += length;
      this.dictionary.push(value);
      return value;
    }
    if (tag - 2 >= this.dictionary.length) {
      throw corrupt('dictionary entry ' + (tag - 2) + ' is not defined yet');
    }
    return this.dictionary[tag - 2];
  };
  Reader.prototype.strings = function () {
    var count = this.bounded(MAX_LIST, 'a list length');
    var values = [];
    for (var i = 0; i < count; i++) {
      var value = this.string();
      if (value === null) {
        throw corrupt('a list holds a null string');
      }
      values.push(value);
    }
    return values;
  };
  Reader.prototype.identifier = function () {
    var tag = this.unsigned();
    if (tag === 0) {
      return null;
    }
    if (tag === 1) {
      return this.string();
    }
    if (tag !== 2) {
      throw corrupt('unknown identifier form ' + tag);
    }
    var prefix = this.string();
    if (prefix === null) {
      throw corrupt("an identifier's prefix is null");
    }
    var counter = (this.counters.has(prefix) ? this.counters.get(prefix) : 0n) + this.bigSigned();
    if (counter <= 0n) {
      throw corrupt("an identifier's counter is not positive");
    }
    this.counters.set(prefix, counter);
    return prefix + counter.toString();
  };
  Reader.prototype.at = function () {
    this.time += this.signed();
    return format(this.time, this.offsetMinutes);
  };
  Reader.prototype.latitude = function () {
    this.lat += this.signed();
    return this.lat / 1e6;
  };
  Reader.prototype.longitude = function () {
    this.lon += this.signed();
    return this.lon / 1e6;
  };

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** ISO 8601 with the message's offset, e.g. 2026-03-02T09:00:00+08:00. */
  function format(seconds, offsetMinutes) {
    var local = new Date((seconds + offsetMinutes * 60) * 1000);
    var sign = offsetMinutes < 0 ? '-' : '+';
    var abs = Math.abs(offsetMinutes);
    return local.getUTCFullYear() + '-' + two(local.getUTCMonth() + 1) + '-' + two(local.getUTCDate()) + 'T'
      + two(local.getUTCHours()) + ':' + two(local.getUTCMinutes()) + ':' + two(local.getUTCSeconds())
      + sign + two(Math.floor(abs / 60)) + ':' + two(abs % 60);
  }

  /** The offset in minutes of the first time given, else China Standard Time. */
  function offsetOf(times) {
    for (var i = 0; i < times.length; i++) {
      var match = times[i] && /([+-])(\d\d):?(\d\d)$|Z$/.exec(times[i]);
      if (match) {
        return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
      }
    }
    return 480;
  }

  function present(value) {
    return value !== null && value !== undefined;
  }

  function header(kind, offsetMinutes) {
    var out = new Writer();
    out.bytes.push(VERSION, kind);
    out.signed(offsetMinutes);
    return out;
  }

  function writeRequest(request) {
    var reports = request.reports || [];
    var results = request.results || [];
    var positions = request.positions || [];
    var times = reports.map(function (r) { return r.reportedAt; })
      .concat(results.map(function (r) { return r.at; }), positions.map(function (p) { return p.at; }));
    var out = header(REQUEST, offsetOf(times));
    out.unsigned(request.cursor || 0);
    out.unsigned(reports.length);
    reports.forEach(function (r) {
      out.unsigned((present(r.lat) ? 1 : 0) | (present(r.lon) ? 2 : 0) | (present(r.accuracyMeters) ? 4 : 0)
        | (r.pinned ? 8 : 0) | (r.urgent ? 16 : 0) | (r.selfHandled ? 32 : 0) | (present(r.reportedAt) ? 64 : 0));
      out.identifier(r.clientId);
      out.string(r.kind);
      out.string(r.categoryCode);
      if (present(r.lat)) { out.latitude(r.lat); }
      if (present(r.lon)) { out.longitude(r.lon); }
      if (present(r.accuracyMeters)) { out.accuracy(r.accuracyMeters); }
      out.string(r.address);
      out.string(r.description);
      out.string(r.assetIdentifier);
      out.strings(r.photos);
      out.strings(r.afterPhotos);
      if (present(r.reportedAt)) { out.at(r.reportedAt); }
    });
    out.unsigned(results.length);
    results.forEach(function (r) {
      out.unsigned((present(r.lat) ? 1 : 0) | (present(r.lon) ? 2 : 0) | (present(r.at) ? 4 : 0));
      out.identifier(r.clientId);
      out.identifier(r.caseNumber);
      out.string(r.action);
      out.string(r.outcome);
      out.string(r.note);
      out.strings(r.photos);
      if (present(r.lat)) { out.latitude(r.lat); }
      if (present(r.lon)) { out.longitude(r.lon); }
      if (present(r.at)) { out.at(r.at); }
    });
    out.unsigned(positions.length);
    positions.forEach(function (p) {
      out.unsigned((present(p.at) ? 1 : 0) | (present(p.lat) ? 2 : 0) | (present(p.lon) ? 4 : 0)
        | (present(p.accuracyMeters) ? 8 : 0));
      if (present(p.at)) { out.at(p.at); }
      if (present(p.lat)) { out.latitude(p.lat); }
      if (present(p.lon)) { out.longitude(p.lon); }
      if (present(p.accuracyMeters)) { out.accuracy(p.accuracyMeters); }
    });
    return new Uint8Array(out.bytes);
  }

  function open(bytes, kind) {
    var probe = new Reader(bytes, 0);
    var version = probe.raw();
    if (version !== VERSION) {
      throw corrupt('unknown version ' + version);
    }
    var found = probe.raw();
    if (found !== kind) {
      throw corrupt('message kind ' + found + ' where ' + kind + ' was expected');
    }
    var minutes = probe.signed();
    if (minutes < -18 * 60 || minutes > 18 * 60) {
      throw corrupt('the offset is out of range');
    }
    probe.offsetMinutes = minutes;
    return probe;
  }

  function readResponse(bytes) {
    var input = open(bytes, RESPONSE);
    var response = { cursor: input.unsigned(), items: [], positions: { accepted: 0, refused: [] }, tasks: [],
      reports: [] };
    var count = input.bounded(MAX_LIST * 2, 'the number of items');
    for (var i = 0; i < count; i++) {
      var item = { clientId: input.identifier() };
      item.state = STATES[input.bounded(STATES.length - 1, "an item's state")];
      item.caseNumber = input.identifier();
      item.field = input.string();
      item.reason = input.string();
      item.errors = [];
      var errors = input.bounded(MAX_LIST, 'the number of errors');
      for (var e = 0; e < errors; e++) {
        item.errors.push({ field: input.string(), reason: input.string() });
      }
      response.items.push(item);
    }
    response.positions.accepted = input.unsigned();
    var refused = input.bounded(MAX_LIST, 'the refused samples');
    var index = 0;
    for (var r = 0; r < refused; r++) {
      index += input.signed();
      response.positions.refused.push({ index: index, field: input.string(), reason: input.string() });
    }
    var tasks = input.bounded(MAX_LIST, 'the number of tasks');
    for (var t = 0; t < tasks; t++) {
      var mask = input.bounded(7, "a task's flags");
      var task = { caseNumber: input.identifier(), task: input.string(), state: input.string() };
      task.dueAt = mask & 1 ? input.at() : null;
      task.light = input.string();
      task.lat = mask & 2 ? input.latitude() : null;
      task.lon = mask & 4 ? input.longitude() : null;
      task.address = input.string();
      task.categoryCode = input.string();
      task.categoryName = input.string();
      task.description = input.string();
      response.tasks.push(task);
    }
    var reports = input.bounded(MAX_LIST, 'the number of reports');
    for (var p = 0; p < reports; p++) {
      response.reports.push({ clientId: input.identifier(), caseNumber: input.identifier(), status: input.string() });
    }
    if (input.position !== bytes.length) {
      throw corrupt('bytes follow the end of the message');
    }
    return response;
  }

  function pipe(bytes, transform) {
    var stream = new Blob([bytes]).stream().pipeThrough(transform);
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  global.GridloopSync = {
    MEDIA_TYPE: 'application/vnd.gridloop.sync',
    /** The request in the compact encoding, deflated. */
    encode: function (request) {
      return Promise.resolve().then(function () {
        return pipe(writeRequest(request), new CompressionStream('deflate-raw'));
      });
    },
    /** The response model from a compact body; rejects with a CorruptMessage error on bad input. */
    decode: function (bytes) {
      return pipe(bytes, new DecompressionStream('deflate-raw')).then(readResponse, function () {
        throw corrupt('not a deflate stream');
      });
    }
  };
}(window));
