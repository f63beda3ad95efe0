// Time slicing: long work on the page's main thread runs in slices of about SLICE_MS and
// yields to the page between them, so no task of ours holds the page up for long
// (the target is no task over 50 ms; a slice leaves room for the layout it may force).
//
//   const slicer = slices.start();
//   for (...) { work(); if (slicer.due()) await slicer.yield(); }
//
// Yielding uses scheduler.yield() where the browser has it (the continuation keeps its
// place ahead of other queued tasks), else a message on a MessageChannel: a fresh task
// without setTimeout's 4 ms clamp, and unlike requestAnimationFrame it still runs in a
// background tab, so a page opened in the background still reaches ready.
(() => {
  'use strict';
  const ClaimLens = (globalThis.ClaimLens ??= {});

  /** Main-thread time one slice may take before it yields. */
  const SLICE_MS = 12;

  let channel = null;
  const waiting = [];
  /** How many times a slice clock has yielded in this frame: the readiness contract reports it. */
  let yields = 0;

  /** Resolves in a new task, after the page has had a turn. */
  function yieldToPage() {
    const scheduler = globalThis.scheduler;
    if (typeof scheduler?.yield === 'function') return scheduler.yield();
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
  }

  /** A slice clock: due() once the current slice has used its time; yield() starts the next. */
  function start(budget = SLICE_MS) {
    let end = performance.now() + budget;
    return {
      due: () => performance.now() >= end,
      async yield() {
        yields++;
        await yieldToPage();
        end = performance.now() + budget;
      },
    };
  }

  ClaimLens.slices = { SLICE_MS, start, yieldToPage, yields: () => yields };
})();
