/* Production and development builds of the add-in: functions script, task pane, metadata, manifest. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsNlPlugin } = require("./scripts/functions-nl-plugin.cjs");
const { LicenseInventoryPlugin } = require("./scripts/license-plugin.cjs");
const {
  DEV_ORIGIN,
  ENV_ORIGIN,
  releaseOrigin,
  rewriteManifest,
} = require("./scripts/release-origin.cjs");

/** Says where dist/manifest.xml points, so a release built without an origin is noticed. */
function announce(origin, given) {
  if (given) console.log(`dist/manifest.xml: every URL points at ${origin}`);
  else {
    console.log(
      `dist/manifest.xml: no release origin given (${ENV_ORIGIN} or --env origin=…), ` +
        `so it points at ${DEV_ORIGIN} for development.`,
    );
  }
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const { origin, given } = releaseOrigin(env.origin);
  announce(origin, given);
  return {
    mode: production ? "production" : "development",
    // Source maps for development only: a release ships no .map files (docs/deploy.md).
    devtool: production ? false : "source-map",
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
          use: {
            loader: "ts-loader",
            // Development (npm start) transpiles each file alone: ts-loader's type check in watch
            // mode reported the associate() calls custom-functions-metadata-plugin appends to
            // functions.ts as errors in other files, so every rebuild failed. `npm run typecheck`
            // (in npm test) and the production build still type-check everything.
            options: { configFile: "tsconfig.build.json", transpileOnly: !production },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsNlPlugin(),
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
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), origin),
          },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/contactLog/contactLog.css", to: "contactLog.css" },
          // The manifest's SupportUrl and LearnMoreUrl: a static page, English and Dutch.
          { from: "src/help/help.html", to: "help.html" },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
