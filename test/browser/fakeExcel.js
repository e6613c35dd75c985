/* global window */
/*
 * The Excel half of the browser tests' fake office.js (fakeOffice.js is the Office half; the
 * harness serves both as the CDN script). A workbook model and the request-context proxies the
 * template writer uses: like real Excel, proxies only queue commands and context.sync() applies
 * them in order; a failing command rejects the sync with an Office-style error (code,
 * debugInfo.errorLocation). The workbook is exposed as window.__fakeWorkbook for assertions.
 *
 * Configuration (set before the page loads): window.__fakeOfficeConfig =
 *   { host: "Excel", displayLanguage: "en-US", existingSheets: ["ROI 24-7"] }
 */
(function () {
  "use strict";
  var config = window.__fakeOfficeConfig || {};
  var workbook = {
    sheets: {},
    sheetOrder: [],
    tables: [],
    names: [],
    active: null,
    syncs: 0,
    runs: 0,
  };
  window.__fakeWorkbook = workbook;

  function officeError(code, message, location) {
    var error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    error.debugInfo = { errorLocation: location };
    return error;
  }

  function findSheet(name) {
    var key = workbook.sheetOrder.find(function (n) {
      return n.toLowerCase() === String(name).toLowerCase();
    });
    return key === undefined ? undefined : workbook.sheets[key];
  }
  function addSheet(name) {
    if (findSheet(name))
      throw officeError("ItemAlreadyExists", "Sheet exists: " + name, "WorksheetCollection.add");
    workbook.sheets[name] = {
      name: name,
      cells: {},
      names: {},
      validations: [],
      charts: [],
      columnWidths: {},
      frozenRows: 0,
    };
    workbook.sheetOrder.push(name);
    return workbook.sheets[name];
  }
  (config.existingSheets || []).forEach(addSheet);
  workbook.active = workbook.sheetOrder[0] || null;

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
  /** "B7" or "A5:F41" → the cell addresses, row by row. */
  function cellsOf(address) {
    var parts = address.replace(/\$/g, "").toUpperCase().split(":");
    var start = /^([A-Z]+)(\d+)$/.exec(parts[0]);
    var end = /^([A-Z]+)(\d+)$/.exec(parts[1] || parts[0]);
    if (!start || !end)
      throw officeError("InvalidArgument", "Bad address " + address, "Worksheet.getRange");
    var rows = [];
    for (var r = Number(start[2]); r <= Number(end[2]); r++) {
      var row = [];
      for (var c = columnNumber(start[1]); c <= columnNumber(end[1]); c++)
        row.push(columnLetters(c) + r);
      rows.push(row);
    }
    return rows;
  }

  function Context() {
    this.queue = [];
    this.workbook = new Workbook(this);
  }
  Context.prototype.sync = function () {
    var queue = this.queue;
    this.queue = [];
    workbook.syncs += 1;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try {
          queue.forEach(function (command) {
            command();
          });
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 5);
    });
  };

  /** Defines setters on `target` that queue `apply(prop, value)` for the next sync. */
  function settable(context, target, props, apply) {
    props.forEach(function (prop) {
      Object.defineProperty(target, prop, {
        set: function (value) {
          context.queue.push(function () {
            apply(prop, value);
          });
        },
        get: function () {
          throw officeError("PropertyNotLoaded", prop + " is write-only in this fake", prop);
        },
      });
    });
    return target;
  }

  function loadable(context, read) {
    var collection = {
      load: function () {
        context.queue.push(function () {
          collection.items = read();
        });
        return collection;
      },
    };
    return collection;
  }

  function Workbook(context) {
    this.worksheets = loadable(context, function () {
      return workbook.sheetOrder.map(function (name) {
        return { name: name };
      });
    });
    this.worksheets.add = function (name) {
      context.queue.push(function () {
        addSheet(name);
      });
      return new Worksheet(context, name);
    };
    this.worksheets.getItemOrNullObject = function (name) {
      var proxy = new Worksheet(context, name);
      proxy.load = function () {
        context.queue.push(function () {
          proxy.isNullObject = !findSheet(name);
        });
      };
      proxy.delete = function () {
        context.queue.push(function () {
          var sheet = findSheet(name);
          if (!sheet) return;
          delete workbook.sheets[sheet.name];
          workbook.sheetOrder = workbook.sheetOrder.filter(function (n) {
            return n !== sheet.name;
          });
        });
      };
      return proxy;
    };
    this.tables = loadable(context, function () {
      return workbook.tables.map(function (t) {
        return { name: t.name };
      });
    });
    this.names = loadable(context, function () {
      return workbook.names.map(function (n) {
        return { name: n.name };
      });
    });
  }

  function Worksheet(context, name) {
    var sheet = function () {
      var found = findSheet(name);
      if (!found) throw officeError("ItemNotFound", "No sheet " + name, "Worksheet");
      return found;
    };
    this.name = name;
    this.getRange = function (address) {
      return new Range(context, sheet, address);
    };
    this.activate = function () {
      context.queue.push(function () {
        workbook.active = sheet().name;
      });
    };
    this.freezePanes = {
      freezeRows: function (count) {
        context.queue.push(function () {
          sheet().frozenRows = count;
        });
      },
    };
    this.names = {
      add: function (nameText, range, comment) {
        context.queue.push(function () {
          sheet().names[nameText] = { address: range.address, comment: comment };
        });
      },
    };
    this.tables = {
      add: function (range, hasHeaders) {
        var table = {
          sheet: name,
          range: range.address,
          hasHeaders: hasHeaders,
          name: "Table" + (workbook.tables.length + 1),
        };
        context.queue.push(function () {
          sheet();
          workbook.tables.push(table);
        });
        var proxy = settable(context, {}, ["name", "style"], function (prop, value) {
          table[prop] = value;
        });
        proxy.getHeaderRowRange = function () {
          var first = cellsOf(range.address)[0];
          return new Range(context, sheet, first[0] + ":" + first[first.length - 1]);
        };
        return proxy;
      },
    };
    this.charts = {
      add: function (type, range, seriesBy) {
        var chart = {
          type: type,
          source: range.address,
          seriesBy: seriesBy,
          series: {},
          title: null,
          legendVisible: true,
        };
        context.queue.push(function () {
          sheet().charts.push(chart);
        });
        var apply = function (prop, value) {
          chart[prop] = value;
        };
        var proxy = settable(context, {}, ["width", "height"], apply);
        proxy.title = settable(context, {}, ["text"], function (_p, value) {
          chart.title = value;
        });
        proxy.legend = settable(context, {}, ["visible"], function (_p, value) {
          chart.legendVisible = value;
        });
        proxy.setPosition = function (start, end) {
          context.queue.push(function () {
            chart.position = { start: start, end: end };
          });
        };
        var series = settable(context, {}, ["name"], function (_p, value) {
          chart.series.name = value;
        });
        series.setValues = function (r) {
          context.queue.push(function () {
            chart.series.values = r.address;
          });
        };
        series.setXAxisValues = function (r) {
          context.queue.push(function () {
            chart.series.xValues = r.address;
          });
        };
        proxy.series = {
          getItemAt: function () {
            return series;
          },
        };
        return proxy;
      },
    };
  }

  function Range(context, sheet, address) {
    this.address = address;
    var column = /^([A-Z]+):\1$/.exec(address);
    var cell = function (at) {
      var cells = sheet().cells;
      if (!cells[at]) cells[at] = { format: {} };
      return cells[at];
    };
    var each = function (grid, write) {
      var addresses = cellsOf(address);
      if (!Array.isArray(grid) || grid.length !== addresses.length)
        throw officeError("InvalidArgument", "Array does not match " + address, "Range.formulas");
      addresses.forEach(function (row, r) {
        if (!Array.isArray(grid[r]) || grid[r].length !== row.length)
          throw officeError("InvalidArgument", "Row does not match " + address, "Range.formulas");
        row.forEach(function (at, c) {
          if (grid[r][c] !== null) write(cell(at), grid[r][c]);
        });
      });
    };
    var everyCell = function (write) {
      cellsOf(address).forEach(function (row) {
        row.forEach(function (at) {
          write(cell(at));
        });
      });
    };
    settable(context, this, ["formulas", "values", "numberFormat"], function (prop, grid) {
      each(grid, function (target, content) {
        if (prop === "numberFormat") target.numberFormat = content;
        else if (typeof content === "string" && content.charAt(0) === "=" && prop === "formulas") {
          target.formula = content;
          delete target.value;
        } else {
          target.value = typeof content === "string" ? content.replace(/^'/, "") : content;
          delete target.formula;
        }
      });
    });
    var font = settable(context, {}, ["bold", "italic", "size", "color"], function (prop, value) {
      everyCell(function (target) {
        target.format[prop] = value;
      });
    });
    var fill = settable(context, {}, ["color"], function (_p, value) {
      everyCell(function (target) {
        target.format.fill = value;
      });
    });
    this.format = settable(
      context,
      { font: font, fill: fill },
      ["columnWidth"],
      function (_p, width) {
        if (!column)
          throw officeError("InvalidArgument", "columnWidth on " + address, "Range.format");
        sheet().columnWidths[column[1]] = width;
      },
    );
    this.format.borders = {
      getItem: function (edge) {
        return settable(context, {}, ["style", "color"], function (prop, value) {
          everyCell(function (target) {
            target.format.borders = target.format.borders || {};
            target.format.borders[edge] = Object.assign({}, target.format.borders[edge], {
              [prop]: value,
            });
          });
        });
      },
    };
    this.dataValidation = settable(
      context,
      {},
      ["rule", "errorAlert", "prompt"],
      function (prop, value) {
        var validations = sheet().validations;
        var entry = validations.find(function (v) {
          return v.range === address;
        });
        if (!entry) validations.push((entry = { range: address }));
        entry[prop] = value;
      },
    );
  }

  window.__FakeExcel = { Context: Context, workbook: workbook };
})();
