/* global window */
/*
 * The Office half of the browser tests' fake office.js: Office.onReady resolving with the
 * configured host and display language, Excel.run over the fake workbook of fakeExcel.js (loaded
 * first), and a CustomFunctions stub so the shared runtime's functions script loads.
 */
(function () {
  "use strict";
  var config = window.__fakeOfficeConfig || {};
  var workbook = window.__FakeExcel.workbook;
  var Context = window.__FakeExcel.Context;
  window.OfficeExtension = { Error: Error };
  window.CustomFunctions = {
    associate: function () {},
    Error: function (code, message) {
      this.code = code;
      this.message = message;
    },
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
    },
  };
  window.Excel = {
    run: function (batch) {
      workbook.runs += 1;
      var context = new Context();
      return Promise.resolve(batch(context)).then(function (result) {
        return context.queue.length > 0
          ? context.sync().then(function () {
              return result;
            })
          : result;
      });
    },
  };
  var host = config.host === undefined ? "Excel" : config.host;
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      host: host,
      displayLanguage: config.displayLanguage || "en-US",
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
    },
    actions: { associate: function () {} },
    onReady: function (callback) {
      var ready = new Promise(function (resolve) {
        setTimeout(function () {
          resolve({ host: host, platform: "OfficeOnline" });
        }, config.readyDelayMs || 10);
      });
      if (callback) ready.then(callback);
      return ready;
    },
  };
})();
