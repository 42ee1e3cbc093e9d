import { redirect } from "next/navigation";

// The overview is built in the dashboard work; until then the issue list is the front page.
export default function Home() {
  redirect("/issues");
}
