import { currentEditor } from "@/lib/auth/current-editor";
import { ReextractButton } from "./reextract-button";

// The issue page's 重新提取 for signed-in editors; nothing at all for anyone else.
export async function ReextractControl({ issueId }: { issueId: number }) {
  const state = await currentEditor();
  if (state.mode !== "editor") return null;
  return (
    <section aria-label="编辑操作" className="mt-6 rounded border border-stone-200 bg-white p-3">
      <ReextractButton issueId={issueId} />
    </section>
  );
}
