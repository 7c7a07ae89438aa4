/*
 * The review desk's link to the API: the curator's key, kept in
 * sessionStorage (asked once per browser session, gone when the session
 * ends), sent as `Authorization: Bearer <key>` like any client's; and the
 * one function that knows the shape of the queue's answer, so a change to
 * that shape is a change here alone.
 */
"use strict";
(() => {
  const K = window.KgExplorer;
  const STORAGE_KEY = "kg-curator-key";

  const key = {
    get: () => sessionStorage.getItem(STORAGE_KEY),
    set: (value) => sessionStorage.setItem(STORAGE_KEY, value),
    forget: () => sessionStorage.removeItem(STORAGE_KEY),
  };

  /** A GraphQL error in words: input rules report their messages in the error's extensions, everything else in its message. */
  function messageOf(error) {
    const rules = (error.extensions && error.extensions.validationErrors) || [];
    const broken = rules.flatMap((rule) => Object.values(rule.constraints || {}));
    return broken.length ? broken.join("; ") : error.message;
  }

  /** Runs one of the page's operations with the curator's key; throws with the API's words and code. */
  async function askAsCurator(name, variables) {
    const response = await fetch(K.config.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key.get()}` },
      body: JSON.stringify({ query: K.config.queries[name], variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const failure = new Error(body.errors.map(messageOf).join("; "));
      failure.code = body.errors[0].extensions && body.errors[0].extensions.code;
      throw failure;
    }
    return body.data;
  }

  /**
   * What awaits review, of one article or of all: proposals still proposed,
   * and candidates in every state (a decided one still names a proposal's
   * end). `full` says a page came back full, so more may wait.
   */
  async function fetchQueue(article) {
    const { proposals, candidates } = await askAsCurator("queue", { article: article || null });
    const full = proposals.length >= K.config.queuePage || candidates.length >= K.config.queuePage;
    return { proposals, candidates, full };
  }

  K.curator = { key, askAsCurator, fetchQueue };
})();
