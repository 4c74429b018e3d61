export default {
  config: {
    // German is the press office's language; English is always available.
    locales: ['de'],
  },
};
