/* global window, TextEncoder */
/*
 * The Excel half of the browser tests' fake office.js (fakeOffice.js is the Office half; the
 * harness serves both as the CDN script). A workbook model and the request-context proxies the
 * template writer uses: like real Excel, proxies only queue commands and context.sync() applies
 * them in order; a failing command rejects the sync with an Office-style error (code,
 * debugInfo.errorLocation). The workbook is exposed as window.__fakeWorkbook for assertions.
 *
 * Configuration (set before the page loads): window.__fakeOfficeConfig =
 *   { host: "Excel", displayLanguage: "en-US", existingSheets: ["ROI 24-7"],
 *     existingCells: { "ROI 24-7": { A1: "mine" } }, failOn: "Range.formulas", failOnSync: 2, failOnSyncAfter: 3 }
 *
 * Commands are named as Excel names them ("Range.formulas", "WorksheetCollection.add" …), as in
 * test/support/fakeExcel.ts. Failure injection: `failOn` makes that command throw when applied;
 * `failOnSync` makes that sync (counted from page load) apply its first `failOnSyncAfter`
 * commands (default: half) and then reject, like a request Excel carried out partly. Both can be
 * changed later with window.__FakeExcel.failOn(op) / failOnSync(n, after) (null clears).
 * Recorded for assertions and the benchmark: workbook.applied (every command applied, by name)
 * and workbook.requests (per sync: the number of commands and the bytes of their JSON payload).
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
    applied: [],
    requests: [],
  };
  var failures = {
    op: config.failOn || null,
    sync: config.failOnSync || null,
    after: config.failOnSyncAfter,
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
  // Values already in those sheets: { "Budget": { A1: 42 } }.
  Object.keys(config.existingCells || {}).forEach(function (name) {
    var cells = config.existingCells[name];
    Object.keys(cells).forEach(function (at) {
      findSheet(name).cells[at] = { value: cells[at], format: {} };
    });
  });
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
  /** Queues `apply` as the command `op`, carrying `payload` (what Excel would be sent). */
  Context.prototype.enqueue = function (op, payload, apply) {
    this.queue.push({ op: op, payload: payload, apply: apply });
  };
  Context.prototype.sync = function () {
    var queue = this.queue;
    this.queue = [];
    var sync = (workbook.syncs += 1);
    var json = JSON.stringify(
      queue.map(function (command) {
        return [command.op, command.payload];
      }),
    );
    workbook.requests.push({
      sync: sync,
      commands: queue.length,
      bytes: new TextEncoder().encode(json).length,
    });
    var cut = sync === failures.sync ? failures.after : undefined;
    if (sync === failures.sync && cut === undefined) cut = Math.floor(queue.length / 2);
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try {
          queue.forEach(function (command, index) {
            if (index === cut)
              throw officeError("GeneralException", "Sync " + sync + " failed", command.op);
            if (command.op === failures.op)
              throw officeError("InvalidArgument", command.op + " failed", command.op);
            command.apply();
            workbook.applied.push(command.op);
          });
          resolve();
        } catch (error) {
          reject(error);
        }
      }, 5);
    });
  };

  /** Defines setters on `target` that queue `apply(prop, value)` as `${owner}.${prop}`. */
  function settable(context, owner, target, props, apply) {
    props.forEach(function (prop) {
      Object.defineProperty(target, prop, {
        set: function (value) {
          context.enqueue(owner + "." + prop, value, function () {
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

  function loadable(context, owner, read) {
    var collection = {
      load: function (what) {
        context.enqueue(owner + ".load", what, function () {
          collection.items = read();
        });
        return collection;
      },
    };
    return collection;
  }

  function Workbook(context) {
    this.worksheets = loadable(context, "WorksheetCollection", function () {
      return workbook.sheetOrder.map(function (name) {
        return { name: name };
      });
    });
    this.worksheets.add = function (name) {
      context.enqueue("WorksheetCollection.add", name, function () {
        addSheet(name);
      });
      return new Worksheet(context, name);
    };
    this.worksheets.getItemOrNullObject = function (name) {
      var proxy = new Worksheet(context, name);
      proxy.load = function (what) {
        context.enqueue("Worksheet.load", what, function () {
          proxy.isNullObject = !findSheet(name);
        });
      };
      proxy.delete = function () {
        context.enqueue("Worksheet.delete", null, function () {
          var sheet = findSheet(name);
          if (!sheet) return;
          delete workbook.sheets[sheet.name];
          workbook.sheetOrder = workbook.sheetOrder.filter(function (n) {
            return n !== sheet.name;
          });
          // As in Excel, a sheet's tables go with it.
          workbook.tables = workbook.tables.filter(function (t) {
            return t.sheet !== sheet.name;
          });
          if (workbook.active === sheet.name) workbook.active = workbook.sheetOrder[0] || null;
        });
      };
      return proxy;
    };
    this.tables = loadable(context, "TableCollection", function () {
      return workbook.tables.map(function (t) {
        return { name: t.name };
      });
    });
    this.names = loadable(context, "NamedItemCollection", function () {
      return workbook.names.map(function (n) {
        return { name: n.name };
      });
    });
    this.getSelectedRange = function () {
      return selectedRange(context);
    };
  }

  /*
   * The selection, for the contact log's "Use the selected cells": config.selection =
   * { sheet: "Log", address: "A1:A5006" } (default: A1 of the active sheet). Its range loads
   * address (sheet-qualified), values and valueTypes from the fake cells, as Excel gives them
   * (blank "" is "Empty", "#N/A" … "Error"); getUsedRangeOrNullObject narrows it to the cells
   * holding a value, or a null object. Unsupported here: several areas, whole columns.
   */
  function selectedRange(context) {
    var selection = config.selection || { sheet: workbook.active, address: "A1" };
    return readableRange(context, selection.sheet, function () {
      return selection.address;
    });
  }
  var EXCEL_ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;
  function valueTypeOf(value) {
    if (value === undefined || value === "") return "Empty";
    if (typeof value === "number") return "Double";
    if (typeof value === "boolean") return "Boolean";
    return EXCEL_ERROR.test(value) ? "Error" : "String";
  }
  function readableRange(context, sheetName, addressNow) {
    var proxy = {};
    var sheet = function () {
      var found = findSheet(sheetName);
      if (!found) throw officeError("ItemNotFound", "No sheet " + sheetName, "Range.load");
      return found;
    };
    proxy.load = function (what) {
      context.enqueue("Range.load", what, function () {
        var address = addressNow();
        proxy.isNullObject = address === null;
        if (address === null) return;
        var cells = sheet().cells;
        var rows = cellsOf(address).map(function (row) {
          return row.map(function (at) {
            return cells[at] && cells[at].value !== undefined ? cells[at].value : "";
          });
        });
        var quoted = /^[A-Za-z_][\w.]*$/.test(sheet().name)
          ? sheet().name
          : "'" + sheet().name + "'";
        proxy.address = quoted + "!" + address;
        proxy.values = rows;
        proxy.valueTypes = rows.map(function (row) {
          return row.map(valueTypeOf);
        });
      });
      return proxy;
    };
    proxy.getUsedRangeOrNullObject = function () {
      return readableRange(context, sheetName, function () {
        return usedWithin(sheet(), addressNow());
      });
    };
    return proxy;
  }
  /** The smallest block inside `address` holding every non-blank cell of it, or null. */
  function usedWithin(sheet, address) {
    var rows = [];
    var columns = [];
    cellsOf(address).forEach(function (row) {
      row.forEach(function (at) {
        var cell = sheet.cells[at];
        if (!cell || cell.value === undefined || cell.value === "") return;
        var m = /^([A-Z]+)(\d+)$/.exec(at);
        rows.push(Number(m[2]));
        columns.push(columnNumber(m[1]));
      });
    });
    if (rows.length === 0) return null;
    var corner = function (pick) {
      return columnLetters(pick.apply(null, columns)) + pick.apply(null, rows);
    };
    return corner(Math.min) + ":" + corner(Math.max);
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
      context.enqueue("Worksheet.activate", null, function () {
        workbook.active = sheet().name;
      });
    };
    this.freezePanes = {
      freezeRows: function (count) {
        context.enqueue("WorksheetFreezePanes.freezeRows", count, function () {
          sheet().frozenRows = count;
        });
      },
    };
    printAndProtect(context, sheet, this);
    this.names = {
      add: function (nameText, range, comment) {
        context.enqueue("NamedItemCollection.add", [nameText, range.address, comment], function () {
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
        context.enqueue("TableCollection.add", [range.address, hasHeaders], function () {
          sheet();
          workbook.tables.push(table);
        });
        var proxy = settable(context, "Table", {}, ["name", "style"], function (prop, value) {
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
          series: [],
          title: null,
          legendVisible: true,
        };
        context.enqueue("ChartCollection.add", [type, range.address, seriesBy], function () {
          chart.series.push(first);
          sheet().charts.push(chart);
        });
        var first = {};
        var apply = function (prop, value) {
          chart[prop] = value;
        };
        var proxy = settable(context, "Chart", {}, ["width", "height"], apply);
        proxy.title = settable(context, "ChartTitle", {}, ["text"], function (_p, value) {
          chart.title = value;
        });
        proxy.legend = settable(context, "ChartLegend", {}, ["visible"], function (_p, value) {
          chart.legendVisible = value;
        });
        proxy.setPosition = function (start, end) {
          context.enqueue("Chart.setPosition", [start, end], function () {
            chart.position = { start: start, end: end };
          });
        };
        proxy.series = {
          getItemAt: function () {
            return chartSeries(context, chart, {});
          },
          add: function (seriesName) {
            var added = { name: seriesName };
            context.enqueue("ChartSeriesCollection.add", seriesName, function () {
              chart.series.push(added);
            });
            return chartSeries(context, chart, added);
          },
        };
        return proxy;
      },
    };
  }

  /** A chart series: name, values and categories as the range addresses assigned. */
  function chartSeries(context, chart, target) {
    var series = settable(context, "ChartSeries", {}, ["name"], function (_p, value) {
      seriesOf(chart, target).name = value;
    });
    series.setValues = function (r) {
      context.enqueue("ChartSeries.setValues", r.address, function () {
        seriesOf(chart, target).values = r.address;
      });
    };
    series.setXAxisValues = function (r) {
      context.enqueue("ChartSeries.setXAxisValues", r.address, function () {
        seriesOf(chart, target).xValues = r.address;
      });
    };
    return series;
  }
  /** The first series is the one charts.add made; others were added by name. */
  function seriesOf(chart, target) {
    return target.name === undefined && chart.series.indexOf(target) < 0 ? chart.series[0] : target;
  }

  /** Page layout (ExcelApi 1.9) and protection (1.2), recorded as assigned. */
  function printAndProtect(context, sheet, worksheet) {
    var layout = function () {
      return (sheet().pageLayout = sheet().pageLayout || {});
    };
    worksheet.pageLayout = settable(
      context,
      "PageLayout",
      {},
      ["orientation", "zoom"],
      function (prop, value) {
        layout()[prop] = value;
      },
    );
    ["setPrintArea", "setPrintTitleRows"].forEach(function (method) {
      worksheet.pageLayout[method] = function (value) {
        context.enqueue("PageLayout." + method, value, function () {
          layout()[method] = value;
        });
      };
    });
    worksheet.pageLayout.headersFooters = {
      defaultForAllPages: settable(
        context,
        "HeaderFooter",
        {},
        ["centerHeader", "centerFooter"],
        function (prop, value) {
          layout()[prop] = value;
        },
      ),
    };
    worksheet.horizontalPageBreaks = {
      add: function (at) {
        context.enqueue("PageBreakCollection.add", at, function () {
          (sheet().pageBreaks = sheet().pageBreaks || []).push(at);
        });
      },
    };
    // As Excel.WorksheetProtection documents: protect() "fails if the worksheet has already been
    // protected"; a protected sheet refuses writes to locked cells (see Range, lockedOnProtected).
    worksheet.protection = {
      protect: function (options, password) {
        context.enqueue("WorksheetProtection.protect", options, function () {
          if (sheet().protected)
            throw officeError("InvalidOperation", "The sheet is protected already", "protect");
          sheet().protection = options || {};
          sheet().protected = true;
          sheet().password = password;
        });
      },
    };
  }

  /**
   * As Excel: a protected sheet refuses to change a locked cell (every cell is locked unless
   * format.protection.locked was set to false), and the whole command fails.
   */
  function lockedOnProtected(sheet, rows, op) {
    if (!sheet.protected) return;
    rows.forEach(function (row) {
      row.forEach(function (at) {
        var cell = sheet.cells[at];
        if (!cell || !cell.format || cell.format.locked !== false)
          throw officeError(
            "AccessDenied",
            'You cannot perform the requested operation. (the sheet "' +
              sheet.name +
              '" is protected: ' +
              at +
              " is locked)",
            op,
          );
      });
    });
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
    var props = ["formulas", "formulasLocal", "values", "numberFormat"];
    settable(context, "Range", this, props, function (prop, grid) {
      lockedOnProtected(sheet(), cellsOf(address), "Range." + prop);
      each(grid, function (target, content) {
        if (prop === "numberFormat") target.numberFormat = content;
        else if (typeof content === "string" && content.charAt(0) === "=" && prop !== "values") {
          target.formula = content;
          delete target.value;
        } else {
          target.value = typeof content === "string" ? content.replace(/^'/, "") : content;
          delete target.formula;
        }
      });
    });
    var font = settable(
      context,
      "RangeFont",
      {},
      ["bold", "italic", "size", "color"],
      function (prop, value) {
        everyCell(function (target) {
          target.format[prop] = value;
        });
      },
    );
    var fill = settable(context, "RangeFill", {}, ["color"], function (_p, value) {
      everyCell(function (target) {
        target.format.fill = value;
      });
    });
    this.format = settable(
      context,
      "RangeFormat",
      { font: font, fill: fill },
      ["columnWidth"],
      function (_p, width) {
        if (!column)
          throw officeError("InvalidArgument", "columnWidth on " + address, "Range.format");
        sheet().columnWidths[column[1]] = width;
      },
    );
    this.format.protection = settable(
      context,
      "FormatProtection",
      {},
      ["locked"],
      function (_p, value) {
        everyCell(function (target) {
          target.format.locked = value;
        });
      },
    );
    this.format.borders = {
      getItem: function (edge) {
        return settable(context, "RangeBorder", {}, ["style", "color"], function (prop, value) {
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
      "DataValidation",
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

  window.__FakeExcel = {
    Context: Context,
    workbook: workbook,
    officeError: officeError,
    lockedOnProtected: lockedOnProtected,
    failOn: function (op) {
      failures.op = op;
    },
    failOnSync: function (n, after) {
      failures.sync = n;
      failures.after = after === null ? undefined : after;
    },
  };
})();
