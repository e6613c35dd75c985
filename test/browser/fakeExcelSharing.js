/* global window */
/*
 * The sharing tools' part of the in-page fake (injected by sharing.test.ts after fakeExcel.js and
 * fakeOffice.js, which it leaves untouched): Excel.run is wrapped so each context also offers
 * worksheets.getItem(name) with getUsedRangeOrNullObject (address, formulas, values, valueTypes,
 * numberFormat after load and sync), names (the sheet's names as the writer added them),
 * getRange(address) with formulas writes, select and getSpillingToRangeOrNullObject (nothing
 * spills here), notes.add, activate; and Office.context.document.settings backed by
 * window.__fakeSettings. Commands go through context.enqueue, so fakeExcel.js counts their bytes
 * and its failure injection applies. As in Excel: a text cell's formula reads back without its
 * apostrophe (office-js#6687), and a formula written into a cell formatted as Text becomes text.
 * window.__fakeSharingFailAfter = n makes the n-th Range.formulas write from now on fail (once),
 * after the commands before it in its request were applied. Cells' values are whatever the test
 * put in them: the fake computes no formulas.
 * Protection as Excel documents it (Excel.WorksheetProtection, ExcelApi 1.2): load gives
 * protected, options and isPasswordProtected; protect() fails on a protected sheet; unprotect()
 * does nothing on an unprotected sheet and fails (InvalidArgument) without the sheet's password;
 * a protected sheet refuses writes to locked cells (fakeExcel.js lockedOnProtected) and notes.
 */
(function () {
  "use strict";
  var workbook = window.__FakeExcel.workbook;
  var officeError = window.__FakeExcel.officeError;
  var lockedOnProtected = window.__FakeExcel.lockedOnProtected;
  var settings = (window.__fakeSettings = { values: {}, saves: 0 });
  window.__fakeSelections = [];
  window.__fakeSharingFailAfter = null;
  // Every cell a Range.formulas write changed ("A1", in order), and that list when it failed.
  window.__fakeSharingChanges = [];
  window.__fakeSharingChangedAtFailure = null;
  var ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;

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
      load: function (what) {
        context.enqueue("Range.load", what, function () {
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
          proxy.numberFormat = rows.map(function (row) {
            return row.map(function (at) {
              return (cells[at] && cells[at].numberFormat) || "General";
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
              if (typeof v === "number") return "Double";
              if (typeof v === "boolean") return "Boolean";
              return v === "" ? "Empty" : ERROR.test(v) ? "Error" : "String";
            });
          });
        });
        return proxy;
      },
      select: function () {
        context.enqueue("Range.select", address, function () {
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
        context.enqueue("Range.formulas", { address: address, grid: values }, function () {
          if (window.__fakeSharingFailAfter !== null && --window.__fakeSharingFailAfter <= 0) {
            window.__fakeSharingFailAfter = null;
            window.__fakeSharingChangedAtFailure = window.__fakeSharingChanges.slice();
            var error = new Error("Range.formulas failed");
            error.code = "GeneralException";
            throw error;
          }
          lockedOnProtected(sheet(), grid(address), "Range.formulas");
          var cells = sheet().cells;
          grid(address).forEach(function (row, r) {
            row.forEach(function (at, c) {
              var content = values[r][c];
              var cell = cells[at] || (cells[at] = { format: {} });
              var was = JSON.stringify([cell.formula, cell.value]);
              var text = cell.numberFormat === "@";
              if (typeof content === "string" && content.charAt(0) === "=" && !text) {
                cell.formula = content;
              } else {
                delete cell.formula;
                cell.value = typeof content === "string" ? content.replace(/^'/, "") : content;
              }
              if (JSON.stringify([cell.formula, cell.value]) !== was)
                window.__fakeSharingChanges.push(at);
            });
          });
        });
      },
    });
    return proxy;
  }

  function protection(context, name) {
    var sheet = function () {
      return workbook.sheets[name];
    };
    var proxy = {
      load: function (what) {
        context.enqueue("WorksheetProtection.load", what, function () {
          proxy.protected = sheet().protected === true;
          proxy.options = Object.assign({}, sheet().protection || {});
          proxy.isPasswordProtected = typeof sheet().password === "string";
        });
        return proxy;
      },
      protect: function (options, password) {
        context.enqueue("WorksheetProtection.protect", options, function () {
          if (sheet().protected)
            throw officeError("InvalidOperation", "The sheet is protected already", "protect");
          sheet().protection = options || {};
          sheet().protected = true;
          sheet().password = password;
        });
      },
      unprotect: function (password) {
        context.enqueue("WorksheetProtection.unprotect", null, function () {
          if (!sheet().protected) return;
          if (typeof sheet().password === "string" && password !== sheet().password)
            throw officeError("InvalidArgument", "The password is incorrect", "unprotect");
          sheet().protected = false;
        });
      },
    };
    return proxy;
  }

  function worksheet(context, name) {
    return {
      protection: protection(context, name),
      getRange: function (address) {
        return range(context, name, address);
      },
      activate: function () {
        context.enqueue("Worksheet.activate", name, function () {
          workbook.active = name;
        });
      },
      names: {
        load: function (what) {
          var collection = this;
          context.enqueue("NamedItemCollection.load", what, function () {
            var names = workbook.sheets[name].names || {};
            collection.items = Object.keys(names).map(function (key) {
              return { name: key, type: "Range", value: name + "!" + names[key].address };
            });
          });
          return collection;
        },
      },
      notes: {
        add: function (address, text) {
          context.enqueue("NoteCollection.add", [address, text], function () {
            var sheet = workbook.sheets[name];
            if (sheet.protected)
              throw officeError("AccessDenied", "The sheet is protected", "NoteCollection.add");
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
