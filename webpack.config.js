/* Production and development builds of the add-in: functions script, task pane, metadata, manifest. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsNlPlugin } = require("./scripts/functions-nl-plugin.cjs");
const { LicenseInventoryPlugin } = require("./scripts/license-plugin.cjs");

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    // Custom functions run in Microsoft 365's modern WebView: ES2020, no IE11 polyfills.
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsNlPlugin({ dutch: path.resolve(__dirname, "src/i18n/functions-nl.json") }),
      // dist/third-party-licenses.json; a package under a license not on the list fails the build.
      new LicenseInventoryPlugin(),
      // The shared runtime: one page hosts the functions and the task pane.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
