export function KpiBoardPage() {
  return <div>KpiBoardPage</div>;
}
