export function RollupsPage() {
  return <div>RollupsPage</div>;
}
