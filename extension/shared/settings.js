// Settings shared by the worker, the popup and the content scripts.
// A classic script (content scripts cannot be modules) that the worker imports for its
// side effect: it defines globalThis.ClaimLensSettings in whichever context loads it.
//
// Stored under one key, `settings`, in chrome.storage.local:
//   { schema, categories: {quote, hedge, unverified}, sites: {hostname: 'always'|'never'} }
// A site with no entry is 'auto': annotated when the page looks like an article.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;

  /** The current schema; bump it and add a migration when the shape changes. */
  const SCHEMA = 1;

  const DEFAULTS = Object.freeze({
    schema: SCHEMA,
    categories: Object.freeze({ quote: true, hedge: true, unverified: true }),
    sites: Object.freeze({}),
  });

  /** MIGRATIONS[n] turns schema n into schema n + 1. Settings before any schema count as 0. */
  const MIGRATIONS = {
    0: (old) => ({ ...old, schema: 1 }),
  };

  /** Fills in defaults and runs the migrations; never throws on odd stored values. */
  function migrate(stored) {
    let s = stored && typeof stored === 'object' ? { ...stored } : { schema: SCHEMA };
    let version = Number.isInteger(s.schema) ? s.schema : 0;
    while (version < SCHEMA && MIGRATIONS[version]) s = MIGRATIONS[version++](s);
    const categories = { ...DEFAULTS.categories };
    for (const key of Object.keys(categories)) {
      if (typeof s.categories?.[key] === 'boolean') categories[key] = s.categories[key];
    }
    const sites = {};
    for (const [host, mode] of Object.entries(s.sites ?? {})) {
      if (mode === 'always' || mode === 'never') sites[host] = mode;
    }
    return { schema: SCHEMA, categories, sites };
  }

  async function load() {
    const { settings } = await api.storage.local.get('settings');
    return migrate(settings);
  }

  function save(settings) {
    return api.storage.local.set({ settings: migrate(settings) });
  }

  /** 'always', 'never' or 'auto' for a hostname. */
  function siteMode(settings, host) {
    return settings.sites[host] ?? 'auto';
  }

  globalThis.ClaimLensSettings = Object.freeze({ SCHEMA, DEFAULTS, migrate, load, save, siteMode });
})();
