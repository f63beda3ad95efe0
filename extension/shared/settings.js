// Settings shared by the worker, the popup and the content scripts.
// A classic script (content scripts cannot be modules) that the worker imports for its
// side effect: it defines globalThis.ClaimLensSettings in whichever context loads it.
//
// Stored under one key, `settings`, in chrome.storage.local:
//   { schema, categories: {quote, hedge, unverified}, strictness: 'all'|'likely'|'strongest',
//     sites: {hostname: 'always'|'never'} }
// A site with no entry is 'auto': annotated when the page looks like an article.
(() => {
  'use strict';
  const api = globalThis.browser ?? globalThis.chrome;

  /** The current schema; bump it and add a migration when the shape changes. */
  const SCHEMA = 2;

  /**
   * How strong a check-worthy claim must be to be drawn as unverified: the least `score` for each
   * strictness. 'all' draws every claim the core reports (the core's own threshold is 0.33).
   * Chosen by measurement (README, "The extension"): on BBC news the share of sentences marked
   * falls from 40% to 29% to 18%; on ClaimBuster sentences held out of training, the share of
   * marks that are check-worthy rises from 0.69 to 0.83 to 0.94 (each step about halves the false
   * alarms). The seed article's unverified claims (0.40–0.75) all show at 'all'.
   */
  const STRICTNESS = Object.freeze({ all: 0, likely: 0.7, strongest: 0.9 });

  const DEFAULTS = Object.freeze({
    schema: SCHEMA,
    categories: Object.freeze({ quote: true, hedge: true, unverified: true }),
    strictness: 'all',
    sites: Object.freeze({}),
  });

  /** MIGRATIONS[n] turns schema n into schema n + 1. Settings before any schema count as 0. */
  const MIGRATIONS = {
    0: (old) => ({ ...old, schema: 1 }),
    // Schema 2 adds the strictness for unverified claims; what was stored kept every claim.
    1: (old) => ({ ...old, schema: 2, strictness: 'all' }),
  };

  const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  /** Fills in defaults and runs the migrations; never throws on odd stored values. */
  function migrate(stored) {
    let s = stored && typeof stored === 'object' ? { ...stored } : { schema: SCHEMA };
    let version = Number.isInteger(s.schema) ? s.schema : 0;
    while (version < SCHEMA && MIGRATIONS[version]) s = MIGRATIONS[version++](s);
    const categories = { ...DEFAULTS.categories };
    for (const key of Object.keys(categories)) {
      if (typeof s.categories?.[key] === 'boolean') categories[key] = s.categories[key];
    }
    const strictness = typeof s.strictness === 'string' && own(STRICTNESS, s.strictness) ? s.strictness : DEFAULTS.strictness;
    const sites = {};
    for (const [host, mode] of Object.entries(s.sites ?? {})) {
      if (mode === 'always' || mode === 'never') sites[host] = mode;
    }
    return { schema: SCHEMA, categories, strictness, sites };
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

  /** The least score of an unverified claim that is drawn and counted. */
  function minScore(settings) {
    return STRICTNESS[settings.strictness] ?? 0;
  }

  globalThis.ClaimLensSettings = Object.freeze({ SCHEMA, DEFAULTS, STRICTNESS, migrate, load, save, siteMode, minScore });
})();
