import { currentEditor } from "@/lib/auth/current-editor";
import { IssueDateForm } from "./issue-date-form";
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

// Setting the date, for signed-in editors, on an issue whose date is unknown or inferred (a masthead date, or one an
// editor already gave, is not offered for change here).
export async function IssueDateControl(props: { issueId: number; date: string | null; dateSource: string | null }) {
  if (props.date != null && props.dateSource !== "inferred") return null;
  const state = await currentEditor();
  if (state.mode !== "editor") return null;
  return (
    <section aria-label="设定日期" className="mt-3 rounded border border-amber-200 bg-amber-50 p-3">
      <IssueDateForm issueId={props.issueId} current={props.date} />
    </section>
  );
}
