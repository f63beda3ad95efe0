// The page of collapsed panels the Chromium and Firefox tests open (panels.test.mjs, firefox.test.mjs).
import { articleHtml, seedText } from '../../scripts/page-server.mjs';

/** The text in each panel: a quote or a hedge, so that its opening shows in the counts. */
export const PANELS = {
  details: '“We will reopen the border crossings next month,” the deputy minister said.',
  byClass: 'Diplomats suggest the ceasefire might hold through the winter.',
  byHidden: '“Nobody here expects a quick deal,” said Anna Petrova, a negotiator.',
  bySlide: 'Officials may delay the vote, one aide said.',
  bySibling: '“It could take years to rebuild,” the mayor said.',
  byTrigger: 'Some economists believe the sanctions may be eased by spring.',
  byCheckbox: '“We are not leaving,” the ambassador said on Sunday.',
};

/**
 * A paragraph too long to be a visually hidden label, in a panel collapsed to max-height: 0:
 * not read (nor marked, nor counted) until the panel opens.
 */
export const LONG_SLIDE =
  '“The talks will resume in Geneva next week, and we expect every delegation to attend,” a senior diplomat told reporters on Friday, adding that the agenda had not yet been agreed and that several questions about sanctions remained open.';

/**
 * The seed article with five closed panels (a <details>, a panel shown by a class, one behind
 * `hidden`, one opened by a max-height transition, one that CSS shows after a button with
 * aria-expanded="true" and no aria-controls, one CSS shows after a button with a class, one a
 * checked checkbox shows: no attribute changes) and a collapsed long paragraph at its end;
 * `opened`: the same page with all of them open.
 */
export function panelsPage(opened) {
  const css = `<style>
    .panel { display: none } .panel.open { display: block }
    .slide { max-height: 0; overflow: hidden; transition: max-height 0.15s } .slide.open { max-height: 20em }
    .toggle + .sibling { display: none } .toggle[aria-expanded="true"] + .sibling { display: block }
    .trigger + .after { display: none } .trigger.is-open + .after { display: block }
    .hack ~ .hack-panel { display: none } .hack:checked ~ .hack-panel { display: block }
  </style>`;
  const panels = `
    <details id="details"${opened ? ' open' : ''}><summary>More from the talks</summary><p>${PANELS.details}</p></details>
    <div class="accordion"><button aria-expanded="${opened}" aria-controls="by-class">Background</button>
      <div id="by-class" class="panel${opened ? ' open' : ''}"><p>${PANELS.byClass}</p></div></div>
    <div id="by-hidden"${opened ? '' : ' hidden'}><p>${PANELS.byHidden}</p></div>
    <div id="by-slide" class="slide${opened ? ' open' : ''}"><div><p>${PANELS.bySlide}</p></div></div>
    <div id="long-slide" class="slide${opened ? ' open' : ''}"><p>${LONG_SLIDE}</p></div>
    <div><button class="toggle" id="by-sibling" aria-expanded="${opened}">Reactions</button><div class="sibling"><p>${PANELS.bySibling}</p></div></div>
    <div><button id="by-trigger" class="trigger${opened ? ' is-open' : ''}">Analysis</button><div class="after"><p>${PANELS.byTrigger}</p></div></div>
    <div><input type="checkbox" id="by-checkbox" class="hack"${opened ? ' checked' : ''}><label for="by-checkbox">Reactions</label><div class="hack-panel"><p>${PANELS.byCheckbox}</p></div></div>
  `;
  return articleHtml(seedText()).replace('</article>', `${panels}</article>`).replace('</head>', `${css}</head>`);
}
