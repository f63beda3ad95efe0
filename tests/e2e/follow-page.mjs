// The pages of panels that open with no mutation of their own, and of a headline before the
// article, that the Chromium and Firefox tests open (follow.test.mjs, firefox.test.mjs).
import { articleHtml, seedText } from '../../scripts/page-server.mjs';

/** The text of each panel: a quote, so that its opening shows in the counts. */
export const TEXT = {
  target: '“We will reopen the border crossings next month,” the deputy minister said.',
  animated: '“Nobody here expects a quick deal,” said Anna Petrova, a negotiator.',
  byBody: '“It could take years to rebuild,” the mayor said.',
  closing: '“We are not leaving,” the ambassador said on Sunday.',
  openAtLoad: '“The ceasefire is holding for now,” a United Nations envoy said.',
  classAtLoad: '“Talks resume on Tuesday,” the foreign ministry spokesman said.',
};

/**
 * The seed article with a panel `:target` shows (a link to #more opens it), one a CSS animation
 * shows 1.2 s after load, one a class on <body> shows, a closed <details> and an open one, and a tab panel its own
 * class shows at load (`.tab-panel.is-active`); `opened`: the same page with the first three shown from the start
 * (no animation, no :target, the class set).
 */
export function followPage(opened = false) {
  const css = opened
    ? ''
    : `<style>
    .section:not(:target) { display: none }
    @keyframes reveal { from { visibility: hidden } to { visibility: visible } }
    .reveal { animation: reveal 0.1s 1.2s both }
    .extras { display: none } body.show-extras .extras { display: block }
  </style>`;
  const tabs = '<style>.tab-panel { display: none } .tab-panel.is-active { display: block }</style>';
  const panels = `
    <p><a href="#more">More from the talks</a></p>
    <section class="section" id="more"><p>${TEXT.target}</p></section>
    <div class="reveal"><p>${TEXT.animated}</p></div>
    <div class="extras"><p>${TEXT.byBody}</p></div>
    <details id="closing"><summary>Reactions</summary><p>${TEXT.closing}</p></details>
    <details id="open-at-load" open><summary>From the UN</summary><p>${TEXT.openAtLoad}</p></details>
    <div class="tab-panel is-active" id="class-at-load"><p>${TEXT.classAtLoad}</p></div>
  `;
  return articleHtml(seedText()).replace('</article>', `${panels}</article>`).replace('</head>', `${css}${tabs}</head>`);
}

/** The seed article with only a tab panel its class shows at load: a page with no hidden text (no hole) to watch. */
export function tabPanelPage() {
  return articleHtml(seedText())
    .replace('</article>', `<div class="tab-panel is-active" id="class-at-load"><p>${TEXT.classAtLoad}</p></div></article>`)
    .replace('</head>', '<style>.tab-panel { display: none } .tab-panel.is-active { display: block }</style></head>');
}

export const HEADLINE = 'Officials may delay the vote on the border deal';
export const REWRITTEN = 'Officials might reopen the border crossings by spring';

/**
 * The seed article with its headline before the <article> (read first, see extract.js
 * headline()); `inHeader`: the story in a <main> with no <article>, its headline in a <header> in
 * that <main> (page chrome, which the main root's walk skips).
 */
export function headlinePage(inHeader = false) {
  const html = articleHtml(seedText(), { title: HEADLINE });
  if (inHeader) {
    return html
      .replace(/<article>\s*<h1>[^<]*<\/h1>/, `<main><header><h1 id="headline">${HEADLINE}</h1></header><div>`)
      .replace('</article>', '</div></main>');
  }
  return html.replace(/<article>\s*<h1>[^<]*<\/h1>/, `<h1 id="headline">${HEADLINE}</h1>\n  <article>`);
}
