"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

// False in the server's HTML and during hydration, true once React owns the page. Review controls stay disabled until
// then: a click on a server-rendered submit button before hydration would submit the form natively (a GET of the page
// with the field in its query string) and the editor's action would be lost without a word.
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
