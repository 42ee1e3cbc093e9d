"use client";

import { useEffect } from "react";

// Brings the item named in the URL hash (#m-indicator-12) into view and marks it data-focused.
// :target alone is not enough: client-side navigation (next/link) changes the URL with pushState, which does not update :target.
export function ArticleFocus() {
  useEffect(() => {
    let previous: Element | null = null;
    const focus = () => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      previous?.removeAttribute("data-focused");
      previous = null;
      if (!id.startsWith("m-")) return;
      const element = document.getElementById(id);
      if (!element) return;
      element.setAttribute("data-focused", "true");
      element.scrollIntoView({ block: "center" });
      previous = element;
    };
    // After the router has written the new URL.
    const frame = requestAnimationFrame(focus);
    window.addEventListener("hashchange", focus);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("hashchange", focus);
    };
  }, []);
  return null;
}
