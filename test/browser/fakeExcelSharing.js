/* global window */
/*
 * The sharing tools' part of the in-page fake (injected by sharing.test.ts after fakeExcel.js and
 * fakeOffice.js, which it leaves untouched): Excel.run is wrapped so each context also offers
 * worksheets.getItem(name) with getUsedRangeOrNullObject (address, formulas, values, valueTypes
 * after load and sync), getRange(address) with formulas writes, select and
 * getSpillingToRangeOrNullObject (nothing spills here), notes.add, activate; and
 * Office.context.document.settings backed by window.__fakeSettings. Cells' values are whatever
 * the test put in them: the fake computes no formulas.
 */
(function () {
  "use strict";
  var workbook = window.__FakeExcel.workbook;
  var settings = (window.__fakeSettings = { values: {}, saves: 0 });
  window.__fakeSelections = [];

  function columnNumber(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n;
  }
  function columnLetters(n) {
    var s = "";
    for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function split(address) {
    var m = /^([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ""));
    return { column: columnNumber(m[1]), row: Number(m[2]) };
  }
  function grid(address) {
    var parts = address.split(":");
    var a = split(parts[0]);
    var b = split(parts[1] || parts[0]);
    var rows = [];
    for (var r = a.row; r <= b.row; r++) {
      var row = [];
      for (var c = a.column; c <= b.column; c++) row.push(columnLetters(c) + r);
      rows.push(row);
    }
    return rows;
  }
  function shown(cell) {
    if (!cell) return "";
    return cell.value === undefined ? "" : cell.value;
  }

  function range(context, sheetName, address) {
    var sheet = function () {
      return workbook.sheets[sheetName];
    };
    var loaded = {};
    var proxy = {
      load: function () {
        context.queue.push(function () {
          var cells = sheet().cells;
          var rows = grid(address);
          proxy.address = sheetName + "!" + address;
          loaded.formulas = rows.map(function (row) {
            return row.map(function (at) {
              return cells[at] && cells[at].formula !== undefined
                ? cells[at].formula
                : shown(cells[at]);
            });
          });
          proxy.values = rows.map(function (row) {
            return row.map(function (at) {
              return shown(cells[at]);
            });
          });
          proxy.valueTypes = rows.map(function (row) {
            return row.map(function (at) {
              var v = shown(cells[at]);
              return typeof v === "number" ? "Double" : v === "" ? "Empty" : "String";
            });
          });
        });
        return proxy;
      },
      select: function () {
        context.queue.push(function () {
          window.__fakeSelections.push(sheetName + "!" + address);
        });
      },
      getSpillingToRangeOrNullObject: function () {
        return { isNullObject: true, load: function () {} };
      },
    };
    Object.defineProperty(proxy, "formulas", {
      get: function () {
        return loaded.formulas;
      },
      set: function (values) {
        context.queue.push(function () {
          var cells = sheet().cells;
          grid(address).forEach(function (row, r) {
            row.forEach(function (at, c) {
              var content = values[r][c];
              var cell = cells[at] || (cells[at] = { format: {} });
              if (typeof content === "string" && content.charAt(0) === "=") {
                cell.formula = content;
              } else {
                delete cell.formula;
                cell.value = typeof content === "string" ? content.replace(/^'/, "") : content;
              }
            });
          });
        });
      },
    });
    return proxy;
  }

  function worksheet(context, name) {
    return {
      getRange: function (address) {
        return range(context, name, address);
      },
      activate: function () {
        context.queue.push(function () {
          workbook.active = name;
        });
      },
      notes: {
        add: function (address, text) {
          context.queue.push(function () {
            var sheet = workbook.sheets[name];
            (sheet.notes = sheet.notes || []).push({ address: address, text: text });
          });
        },
      },
      getUsedRangeOrNullObject: function () {
        var cells = Object.keys(workbook.sheets[name].cells).filter(function (at) {
          var cell = workbook.sheets[name].cells[at];
          return cell.formula !== undefined || cell.value !== undefined;
        });
        if (cells.length === 0) return { isNullObject: true, load: function () {} };
        var points = cells.map(split);
        var rows = points.map(function (p) {
          return p.row;
        });
        var columns = points.map(function (p) {
          return p.column;
        });
        var address =
          columnLetters(Math.min.apply(null, columns)) +
          Math.min.apply(null, rows) +
          ":" +
          columnLetters(Math.max.apply(null, columns)) +
          Math.max.apply(null, rows);
        var used = range(context, name, address);
        used.isNullObject = false;
        return used;
      },
    };
  }

  var run = window.Excel.run;
  window.Excel.run = function (batch) {
    return run(function (context) {
      context.workbook.worksheets.getItem = function (name) {
        return worksheet(context, name);
      };
      return batch(context);
    });
  };
  window.Office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  window.Office.context.document = {
    settings: {
      get: function (key) {
        return Object.prototype.hasOwnProperty.call(settings.values, key)
          ? settings.values[key]
          : null;
      },
      set: function (key, value) {
        settings.values[key] = value;
      },
      remove: function (key) {
        delete settings.values[key];
      },
      saveAsync: function (callback) {
        settings.saves += 1;
        setTimeout(function () {
          callback({ status: "succeeded" });
        }, 5);
      },
    },
  };
})();
