// The plugin's server code is TypeScript compiled with the app (tsconfig.json), into dist/.
module.exports = require('../../../dist/src/plugins/newsroom/server/src').default;
