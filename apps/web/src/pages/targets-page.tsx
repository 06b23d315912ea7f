export function TargetsPage() {
  return <div>TargetsPage</div>;
}
