export default function Loading() {
  return <p className="p-6 text-stone-500" role="status">正在加载……</p>;
}
